"use client";

/** A meeting's or webinar's Recordings page: its latest recorded instance, or a clear word that there is none. */
import Link from "next/link";
import { RecordingDetail } from "@/components/recordings/recording-detail";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { ScheduledRef } from "@/lib/schemas/scheduled";

export function ItemRecordings({ parent, isAdmin, viewerZoomUserId, viewerName }: { parent: ScheduledRef; isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const href = `/${parent.kind}s/${encodeURIComponent(parent.id)}`;
  return (
    <RecordingDetail
      recordingId={parent.id}
      isAdmin={isAdmin}
      viewerZoomUserId={viewerZoomUserId}
      viewerName={viewerName}
      back={{ href, label: parent.kind === "meeting" ? "Meeting" : "Webinar" }}
      empty={
        <EmptyState
          title={`No cloud recording for this ${parent.kind}`}
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <Link href={href} className={buttonClass("secondary")}>
                Back to the {parent.kind}
              </Link>
              <Link href="/recordings" className={buttonClass("primary")}>
                All recordings
              </Link>
            </div>
          }
        >
          {`When this ${parent.kind} is recorded to the cloud, its latest recording — video, audio, transcript and chat — shows here. Recordings in the trash are on the Recordings page's Trash tab.`}
        </EmptyState>
      }
    />
  );
}
