import type { Metadata } from "next";
import { readItemPage } from "@/app/(app)/_scheduled/scheduled-page";
import { Hydrate } from "@/components/ui/hydrate";
import { WebinarDetail } from "@/components/webinars/webinar-detail";
import { webinarQueries } from "@/lib/queries/webinars";
import { webinarDetailFor } from "@/lib/services/webinars";

export const metadata: Metadata = { title: "Webinar" };

export default async function WebinarPage({ params }: { params: Promise<{ webinarId: string }> }) {
  const { viewer, itemId: webinarId, admin } = await readItemPage(params.then((p) => p.webinarId));
  return (
    <Hydrate prefetch={(client) => client.prefetchQuery({ ...webinarQueries.detail(webinarId), queryFn: () => webinarDetailFor(viewer, webinarId) })}>
      <WebinarDetail webinarId={webinarId} isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
    </Hydrate>
  );
}
