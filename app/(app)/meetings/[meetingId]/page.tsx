import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { MeetingDetail } from "@/components/meetings/meeting-detail";
import { Hydrate } from "@/components/ui/hydrate";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { meetingKeys } from "@/lib/queries/meetings";
import { userKeys } from "@/lib/queries/users";
import { meetingIdString } from "@/lib/schemas/common";
import { hostsFor, meetingDetailFor } from "@/lib/zoom/for-viewer";

export const metadata: Metadata = { title: "Meeting" };

export default async function MeetingPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const { meetingId } = await params;
  if (!meetingIdString.safeParse(meetingId).success) notFound();
  const admin = isAdminRole(viewer.role);
  return (
    <Hydrate
      prefetch={(client) =>
        Promise.all([
          client.prefetchQuery({ queryKey: meetingKeys.detail(meetingId), queryFn: () => meetingDetailFor(viewer, meetingId) }),
          admin ? client.prefetchQuery({ queryKey: userKeys.hosts(), queryFn: () => hostsFor(viewer) }) : null,
        ])
      }
    >
      <MeetingDetail meetingId={meetingId} isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
    </Hydrate>
  );
}
