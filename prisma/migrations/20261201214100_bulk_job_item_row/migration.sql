-- AlterTable
ALTER TABLE "BulkJobItem" ADD COLUMN     "row" INTEGER;
