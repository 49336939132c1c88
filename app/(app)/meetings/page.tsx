import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { parseMeetingTab } from "@/components/meetings/meeting-tabs";
import { MeetingsTable } from "@/components/meetings/meetings-table";
import { buttonClass } from "@/components/ui/button";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { meetingKeys, MEETING_PAGE_SIZE } from "@/lib/queries/meetings";
import { userKeys } from "@/lib/queries/users";
import { hostsFor, meetingPageFor } from "@/lib/zoom/for-viewer";

export const metadata: Metadata = { title: "Meetings" };

/** Server page: prefetches the list the URL asks for (and the host list for admins). */
export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const params = await searchParams;
  const admin = isAdminRole(viewer.role);
  const tab = parseMeetingTab(typeof params.tab === "string" ? params.tab : null);
  const host = admin && typeof params.host === "string" ? params.host : "me";

  return (
    <>
      <PageHeader
        title="Meetings"
        description={admin ? "Every meeting you host — or, as an admin, anyone's in the account." : "Meetings you host."}
        actions={
          <>
            <Link href="/meetings/templates" className={buttonClass("secondary")}>
              Templates
            </Link>
            <Link href={host === "me" ? "/meetings/new" : `/meetings/new?host=${encodeURIComponent(host)}`} className={buttonClass("primary")}>
              Schedule a meeting
            </Link>
          </>
        }
      />
      <Hydrate
        prefetch={(client) =>
          Promise.all([
            client.prefetchInfiniteQuery({
              queryKey: meetingKeys.list({ userId: host, type: tab }),
              queryFn: () => meetingPageFor(viewer, { userId: host, type: tab, page_size: MEETING_PAGE_SIZE }),
              initialPageParam: null as string | null,
            }),
            tab === "live"
              ? null
              : client.prefetchInfiniteQuery({
                  queryKey: meetingKeys.list({ userId: host, type: "live" }),
                  queryFn: () => meetingPageFor(viewer, { userId: host, type: "live", page_size: MEETING_PAGE_SIZE }),
                  initialPageParam: null as string | null,
                }),
            admin ? client.prefetchQuery({ queryKey: userKeys.hosts(), queryFn: () => hostsFor(viewer) }) : null,
          ])
        }
      >
        <MeetingsTable isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
      </Hydrate>
    </>
  );
}
