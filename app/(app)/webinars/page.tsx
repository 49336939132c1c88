import type { Metadata } from "next";
import { Suspense } from "react";
import { readScheduledPage, ScheduledPageActions, type PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { parseWebinarTab } from "@/components/webinars/webinar-tabs";
import { WebinarsTable } from "@/components/webinars/webinars-table";
import { webinarQueries, WEBINAR_PAGE_SIZE } from "@/lib/queries/webinars";
import { webinarPageFor } from "@/lib/services/webinars";

export const metadata: Metadata = { title: "Webinars" };

/** Server page: prefetches only the list the URL asks for (one Zoom call); an admin's host list follows from the browser. */
export default async function WebinarsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { viewer, params, admin } = await readScheduledPage(searchParams);
  const tab = parseWebinarTab(typeof params.tab === "string" ? params.tab : null);
  const host = admin && typeof params.host === "string" ? params.host : "me";
  return (
    <>
      <PageHeader
        title="Webinars"
        description="Large events with panelists, registration and practice sessions. Hosts need a webinar licence."
        actions={<ScheduledPageActions noun="webinar" templatesHref="/meetings/templates?kind=webinar" host={host} />}
      />
      {/* The header streams before Zoom answers: it paints (and is the largest text) while the list is fetched. */}
      <Suspense fallback={<SkeletonRows label="Loading webinars" />}>
        <Hydrate
          prefetch={(client) =>
            client.prefetchInfiniteQuery({
              ...webinarQueries.list({ userId: host, type: tab }),
              queryFn: () => webinarPageFor(viewer, { userId: host, type: tab, page_size: WEBINAR_PAGE_SIZE }),
            })
          }
        >
          <WebinarsTable isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
        </Hydrate>
      </Suspense>
    </>
  );
}
