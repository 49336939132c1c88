import type { Metadata } from "next";
import { parseMeetingTab } from "@/components/meetings/meeting-tabs";
import { MeetingsTable } from "@/components/meetings/meetings-table";
import { readScheduledPage, ScheduledPageActions, type PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { meetingQueries, MEETING_PAGE_SIZE } from "@/lib/queries/meetings";
import { userQueries } from "@/lib/queries/users";
import { hostsFor } from "@/lib/services/account";
import { meetingPageFor } from "@/lib/services/meetings";

export const metadata: Metadata = { title: "Meetings" };

/** Server page: prefetches the list the URL asks for (and the host list for admins). */
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
      <Hydrate
        prefetch={(client) =>
          Promise.all([
            client.prefetchInfiniteQuery({
              ...meetingQueries.list({ userId: host, type: tab }),
              queryFn: () => meetingPageFor(viewer, { userId: host, type: tab, page_size: MEETING_PAGE_SIZE }),
            }),
            tab === "live"
              ? null
              : client.prefetchInfiniteQuery({
                  ...meetingQueries.list({ userId: host, type: "live" }),
                  queryFn: () => meetingPageFor(viewer, { userId: host, type: "live", page_size: MEETING_PAGE_SIZE }),
                }),
            admin ? client.prefetchQuery({ ...userQueries.hosts(), queryFn: () => hostsFor(viewer) }) : null,
          ])
        }
      >
        <MeetingsTable isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
      </Hydrate>
    </>
  );
}
