import type { Metadata } from "next";
import { MeetingDetail } from "@/components/meetings/meeting-detail";
import { readItemPage } from "@/app/(app)/_scheduled/scheduled-page";
import { Hydrate } from "@/components/ui/hydrate";
import { meetingQueries } from "@/lib/queries/meetings";
import { userQueries } from "@/lib/queries/users";
import { hostsFor } from "@/lib/services/account";
import { meetingDetailFor } from "@/lib/services/meetings";

export const metadata: Metadata = { title: "Meeting" };

export default async function MeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const { viewer, itemId: meetingId, admin } = await readItemPage(params.then((p) => p.meetingId));
  return (
    <Hydrate
      prefetch={(client) =>
        Promise.all([
          client.prefetchQuery({ ...meetingQueries.detail(meetingId), queryFn: () => meetingDetailFor(viewer, meetingId) }),
          admin ? client.prefetchQuery({ ...userQueries.hosts(), queryFn: () => hostsFor(viewer) }) : null,
        ])
      }
    >
      <MeetingDetail meetingId={meetingId} isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
    </Hydrate>
  );
}
