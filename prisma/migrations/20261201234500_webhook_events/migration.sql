-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT,
    "event" TEXT NOT NULL,
    "eventTs" BIGINT,
    "dedupeKey" TEXT,
    "objectId" TEXT,
    "objectUuid" TEXT,
    "verified" BOOLEAN NOT NULL,
    "outcome" TEXT NOT NULL,
    "payload" JSONB,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_dedupeKey_key" ON "WebhookEvent"("dedupeKey");

-- CreateIndex
CREATE INDEX "WebhookEvent_workspaceId_receivedAt_idx" ON "WebhookEvent"("workspaceId", "receivedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_receivedAt_idx" ON "WebhookEvent"("receivedAt");

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Accepted events reach every instance's change feed (lib/db/change-feed.ts) on commit, and from
-- there the workspace's open browsers (lib/live-updates/broker.ts). Payload:
-- "WebhookEvent:<workspaceId>:<id>:<event>:<objectId>:<objectUuid>" (Zoom event names, ids and
-- base64 UUIDs hold no colon).
CREATE TRIGGER "WebhookEvent_notify_change" AFTER INSERT ON "WebhookEvent"
  FOR EACH ROW WHEN (NEW."outcome" = 'accepted' AND NEW."workspaceId" IS NOT NULL)
  EXECUTE FUNCTION dashboard_notify_change('workspaceId', 'id', 'event', 'objectId', 'objectUuid');
