import type { Metadata } from "next";
import { DateTime } from "luxon";
import { Suspense } from "react";
import { readScheduledPage, one, type PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";
import { isRangePreset, rangeDates, zoomRecordingRange } from "@/components/recordings/list";
import { RecordingsList } from "@/components/recordings/recordings-list";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { recordingQueries } from "@/lib/queries/recordings";
import { recordingListFor } from "@/lib/services/recordings";

export const metadata: Metadata = { title: "Recordings" };

/** Server page: prefetches the list the URL asks for (host, range, tab); filters run in the browser. */
export default async function RecordingsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { viewer, params, admin } = await readScheduledPage(searchParams);
  const host = (admin && one(params.host)) || "me";
  const range = one(params.range) ?? null;
  // What Zoom is asked for: the viewer's dates and a day either side (the list keeps the viewer's own dates).
  const { from, to } = zoomRecordingRange(rangeDates(isRangePreset(range) ? range : "30d", DateTime.utc(), { from: one(params.from), to: one(params.to) }));
  const trash = params.tab === "trash";

  return (
    <>
      <PageHeader
        title="Recordings"
        description={admin ? "Cloud recordings, transcripts and chat of your meetings — or, as an admin, anyone's in the account." : "Cloud recordings, transcripts and chat of meetings you host."}
      />
      <Suspense fallback={<SkeletonRows label="Loading recordings" />}>
        <Hydrate
          prefetch={(client) =>
            client.prefetchQuery({
              ...recordingQueries.list({ userId: host, from, to, trash }),
              queryFn: () => recordingListFor(viewer, { userId: host, from, to, trash: trash ? "true" : "false" }),
            })
          }
        >
          <RecordingsList isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
        </Hydrate>
      </Suspense>
    </>
  );
}
