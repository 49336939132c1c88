import type { Metadata } from "next";
import { readItemPage } from "@/app/(app)/_scheduled/scheduled-page";
import { ItemRecordings } from "@/components/recordings/item-recordings";
import { Hydrate } from "@/components/ui/hydrate";
import { recordingQueries } from "@/lib/queries/recordings";
import { userQueries } from "@/lib/queries/users";
import { hostsFor } from "@/lib/services/account";
import { recordingDetailFor } from "@/lib/services/recordings";

export const metadata: Metadata = { title: "Webinar recordings" };

/** The webinar's latest recorded instance (Zoom answers a webinar ID with it). */
export default async function WebinarRecordingsPage({ params }: { params: Promise<{ webinarId: string }> }) {
  const { viewer, itemId, admin } = await readItemPage(params.then((p) => p.webinarId));
  return (
    <Hydrate
      prefetch={(client) =>
        Promise.all([
          client.prefetchQuery({ ...recordingQueries.detail(itemId), queryFn: () => recordingDetailFor(viewer, itemId) }),
          admin ? client.prefetchQuery({ ...userQueries.hosts(), queryFn: () => hostsFor(viewer) }) : null,
        ])
      }
    >
      <ItemRecordings parent={{ kind: "webinar", id: itemId }} isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
    </Hydrate>
  );
}
