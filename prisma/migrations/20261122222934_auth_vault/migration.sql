-- CreateEnum
CREATE TYPE "DeviceAuthorizationStatus" AS ENUM ('pending', 'denied', 'expired');

-- DropIndex
DROP INDEX "ZoomConnection_workspaceId_kind_userId_key";

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "removedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ZoomConnection" ADD COLUMN     "lastErrorAt" TIMESTAMP(3),
ADD COLUMN     "slot" TEXT,
ADD COLUMN     "zoomName" TEXT;

-- Backfill (edited by hand): rows written before this migration get their slot from kind/userId.
UPDATE "ZoomConnection" SET "slot" = CASE WHEN "userId" IS NULL THEN 'account' ELSE 'user:' || "userId" END;
ALTER TABLE "ZoomConnection" ALTER COLUMN "slot" SET NOT NULL;

-- AlterTable
ALTER TABLE "DeviceAuthorization" ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "status" "DeviceAuthorizationStatus" NOT NULL DEFAULT 'pending',
ADD COLUMN     "verificationUriComplete" TEXT;

-- CreateIndex
CREATE INDEX "ZoomConnection_userId_idx" ON "ZoomConnection"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ZoomConnection_workspaceId_slot_key" ON "ZoomConnection"("workspaceId", "slot");
