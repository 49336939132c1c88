-- AlterTable
ALTER TABLE "WebhookEvent" ADD COLUMN     "hostId" TEXT;

-- CreateIndex
CREATE INDEX "WebhookEvent_workspaceId_objectId_idx" ON "WebhookEvent"("workspaceId", "objectId");

-- The change feed's payload gains the host, so each instance pushes an event to members who host
-- its meeting or webinar only (lib/live-updates/broker.ts):
-- "WebhookEvent:<workspaceId>:<id>:<event>:<objectId>:<objectUuid>:<hostId>" (Zoom user ids hold no colon).
DROP TRIGGER "WebhookEvent_notify_change" ON "WebhookEvent";
CREATE TRIGGER "WebhookEvent_notify_change" AFTER INSERT ON "WebhookEvent"
  FOR EACH ROW WHEN (NEW."outcome" = 'accepted' AND NEW."workspaceId" IS NOT NULL)
  EXECUTE FUNCTION dashboard_notify_change('workspaceId', 'id', 'event', 'objectId', 'objectUuid', 'hostId');
