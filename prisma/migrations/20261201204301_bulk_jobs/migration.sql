-- CreateTable
CREATE TABLE "BulkJob" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdByName" TEXT NOT NULL,
    "createdByEmail" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "parentKind" TEXT,
    "parentId" TEXT,
    "connectionId" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "total" INTEGER NOT NULL,
    "error" TEXT,
    "retryOf" TEXT,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "heartbeatAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "BulkJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkJobItem" (
    "jobId" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseUntil" TIMESTAMP(3),
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "zoomCode" INTEGER,
    "trackingId" TEXT,
    "registrantId" TEXT,
    "joinUrl" TEXT,
    "doneBy" TEXT,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "BulkJobItem_pkey" PRIMARY KEY ("jobId","index")
);

-- CreateTable
CREATE TABLE "RatePace" (
    "key" TEXT NOT NULL,
    "nextAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatePace_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "BulkJob_workspaceId_createdAt_idx" ON "BulkJob"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "BulkJob_state_idx" ON "BulkJob"("state");

-- CreateIndex
CREATE INDEX "BulkJobItem_jobId_state_idx" ON "BulkJobItem"("jobId", "state");

-- CreateIndex
CREATE INDEX "BulkJobItem_jobId_key_idx" ON "BulkJobItem"("jobId", "key");

-- AddForeignKey
ALTER TABLE "BulkJob" ADD CONSTRAINT "BulkJob_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulkJobItem" ADD CONSTRAINT "BulkJobItem_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "BulkJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
