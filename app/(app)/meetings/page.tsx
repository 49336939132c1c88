import type { Metadata } from "next";
import { Suspense } from "react";
import { parseMeetingTab } from "@/components/meetings/meeting-tabs";
import { MeetingsTable } from "@/components/meetings/meetings-table";
import { readScheduledPage, ScheduledPageActions, type PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { meetingQueries, MEETING_PAGE_SIZE } from "@/lib/queries/meetings";
import { meetingPageFor } from "@/lib/services/meetings";

export const metadata: Metadata = { title: "Meetings" };

/**
 * Server page: prefetches only the list the URL asks for, one Zoom call. The Live list (which marks
 * live rows) and an admin's host list follow from the browser after hydration, under the same keys.
 */
export default async function MeetingsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { viewer, params, admin } = await readScheduledPage(searchParams);
  const tab = parseMeetingTab(typeof params.tab === "string" ? params.tab : null);
  const host = admin && typeof params.host === "string" ? params.host : "me";

  return (
    <>
      <PageHeader
        title="Meetings"
        description={admin ? "Every meeting you host — or, as an admin, anyone's in the account." : "Meetings you host."}
        actions={<ScheduledPageActions noun="meeting" templatesHref="/meetings/templates" host={host} />}
      />
      {/* The header streams before Zoom answers: it paints (and is the largest text) while the list is fetched. */}
      <Suspense fallback={<SkeletonRows label="Loading meetings" />}>
        <Hydrate
          prefetch={(client) =>
            client.prefetchInfiniteQuery({
              ...meetingQueries.list({ userId: host, type: tab }),
              queryFn: () => meetingPageFor(viewer, { userId: host, type: tab, page_size: MEETING_PAGE_SIZE }),
            })
          }
        >
          <MeetingsTable isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
        </Hydrate>
      </Suspense>
    </>
  );
}
