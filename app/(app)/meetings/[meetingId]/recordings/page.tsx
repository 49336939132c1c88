import type { Metadata } from "next";
import { readItemPage } from "@/app/(app)/_scheduled/scheduled-page";
import { ItemRecordings } from "@/components/recordings/item-recordings";
import { Hydrate } from "@/components/ui/hydrate";
import { recordingQueries } from "@/lib/queries/recordings";
import { userQueries } from "@/lib/queries/users";
import { hostsFor } from "@/lib/services/account";
import { recordingDetailFor } from "@/lib/services/recordings";

export const metadata: Metadata = { title: "Meeting recordings" };

/** The meeting's latest recorded instance (Zoom answers a meeting ID with it). */
export default async function MeetingRecordingsPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const { viewer, itemId, admin } = await readItemPage(params.then((p) => p.meetingId));
  return (
    <Hydrate
      prefetch={(client) =>
        Promise.all([
          client.prefetchQuery({ ...recordingQueries.detail(itemId), queryFn: () => recordingDetailFor(viewer, itemId) }),
          admin ? client.prefetchQuery({ ...userQueries.hosts(), queryFn: () => hostsFor(viewer) }) : null,
        ])
      }
    >
      <ItemRecordings parent={{ kind: "meeting", id: itemId }} isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
    </Hydrate>
  );
}
