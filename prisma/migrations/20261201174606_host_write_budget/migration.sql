-- CreateTable
CREATE TABLE "HostWriteBudget" (
    "workspaceId" TEXT NOT NULL,
    "hostKey" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "used" INTEGER NOT NULL DEFAULT 0,
    "exhaustedUntil" TIMESTAMP(3),

    CONSTRAINT "HostWriteBudget_pkey" PRIMARY KEY ("workspaceId","hostKey","day")
);

-- CreateIndex
CREATE INDEX "HostWriteBudget_day_idx" ON "HostWriteBudget"("day");
