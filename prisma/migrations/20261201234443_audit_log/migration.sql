-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "auditRetentionDays" INTEGER NOT NULL DEFAULT 365;

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actorName" TEXT NOT NULL,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "targetLabel" TEXT,
    "summary" JSONB,
    "ip" TEXT,
    "userAgent" TEXT,
    "result" TEXT NOT NULL,
    "zoomCode" INTEGER,
    "httpStatus" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEntry_workspaceId_createdAt_id_idx" ON "AuditEntry"("workspaceId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "AuditEntry_workspaceId_actorUserId_createdAt_idx" ON "AuditEntry"("workspaceId", "actorUserId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_workspaceId_action_createdAt_idx" ON "AuditEntry"("workspaceId", "action", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEntry_workspaceId_targetId_idx" ON "AuditEntry"("workspaceId", "targetId");

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");

-- Append-only: no code path (nor a person with psql, short of dropping the trigger) can rewrite
-- history. DELETE is allowed only inside a transaction that set `dashboard.audit_retention` to
-- 'on' (the retention cleanup in lib/audit/retention.ts). TRUNCATE fires no row trigger and stays
-- an operator's tool. Semicolons are \073, as in the change-feed migration (the driver adapter splits
-- scripts at every semicolon).
CREATE OR REPLACE FUNCTION dashboard_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN IF TG_OP = ''DELETE'' AND current_setting(''dashboard.audit_retention'', true) = ''on'' THEN RETURN OLD\073 END IF\073 RAISE EXCEPTION ''AuditEntry is append-only (% refused)'', TG_OP USING ERRCODE = ''insufficient_privilege''\073 END\073';

CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION dashboard_audit_append_only();
