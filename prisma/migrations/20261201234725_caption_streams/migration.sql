-- CreateTable
CREATE TABLE "CaptionStream" (
    "workspaceId" TEXT NOT NULL,
    "parentKind" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "urlEnc" TEXT,
    "urlFetchedAt" TIMESTAMP(3),
    "nextSeq" INTEGER NOT NULL DEFAULT 1,
    "resync" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaptionStream_pkey" PRIMARY KEY ("workspaceId","parentKind","parentId","lang")
);

-- CreateTable
CREATE TABLE "CaptionLine" (
    "workspaceId" TEXT NOT NULL,
    "parentKind" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaptionLine_pkey" PRIMARY KEY ("workspaceId","parentKind","parentId","lang","seq")
);

-- AddForeignKey
ALTER TABLE "CaptionLine" ADD CONSTRAINT "CaptionLine_workspaceId_parentKind_parentId_lang_fkey" FOREIGN KEY ("workspaceId", "parentKind", "parentId", "lang") REFERENCES "CaptionStream"("workspaceId", "parentKind", "parentId", "lang") ON DELETE CASCADE ON UPDATE CASCADE;
