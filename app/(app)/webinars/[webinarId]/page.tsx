import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Hydrate } from "@/components/ui/hydrate";
import { WebinarDetail } from "@/components/webinars/webinar-detail";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { webinarKeys } from "@/lib/queries/webinars";
import { meetingIdString } from "@/lib/schemas/common";
import { webinarDetailFor } from "@/lib/zoom/for-viewer";

export const metadata: Metadata = { title: "Webinar" };

export default async function WebinarPage({ params }: { params: Promise<{ webinarId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const { webinarId } = await params;
  if (!meetingIdString.safeParse(webinarId).success) notFound();
  return (
    <Hydrate prefetch={(client) => client.prefetchQuery({ queryKey: webinarKeys.detail(webinarId), queryFn: () => webinarDetailFor(viewer, webinarId) })}>
      <WebinarDetail webinarId={webinarId} isAdmin={isAdminRole(viewer.role)} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
    </Hydrate>
  );
}
