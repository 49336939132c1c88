import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { RecordingDetail } from "@/components/recordings/recording-detail";
import { Hydrate } from "@/components/ui/hydrate";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { recordingQueries } from "@/lib/queries/recordings";
import { userQueries } from "@/lib/queries/users";
import { recordingIdSchema } from "@/lib/schemas/recording";
import { hostsFor } from "@/lib/services/account";
import { recordingDetailFor } from "@/lib/services/recordings";

export const metadata: Metadata = { title: "Recording" };

/** A meeting instance's recording by UUID (links carry it base64url: UUIDs hold `/`, `+` and `=`) or by meeting ID (its latest instance). */
export default async function RecordingPage({ params }: { params: Promise<{ recordingId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const raw = (await params).recordingId;
  // Next hands the segment over still percent-encoded in some versions; a UUID never holds `%`.
  const parsed = recordingIdSchema.safeParse(raw.includes("%") ? decodeURIComponent(raw) : raw);
  if (!parsed.success) notFound();
  // Links carry the UUID base64url (a `/` cannot travel in one segment); this is Zoom's UUID again.
  const recordingId = parsed.data;
  const admin = isAdminRole(viewer.role);
  return (
    <Hydrate
      prefetch={(client) =>
        Promise.all([
          client.prefetchQuery({ ...recordingQueries.detail(recordingId), queryFn: () => recordingDetailFor(viewer, recordingId) }),
          admin ? client.prefetchQuery({ ...userQueries.hosts(), queryFn: () => hostsFor(viewer) }) : null,
        ])
      }
    >
      <RecordingDetail recordingId={recordingId} isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
    </Hydrate>
  );
}
