-- AlterTable
ALTER TABLE "CaptionStream" ADD COLUMN     "leaseToken" TEXT,
ADD COLUMN     "leasedUntil" TIMESTAMP(3);
