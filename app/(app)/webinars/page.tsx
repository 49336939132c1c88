import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { parseWebinarTab } from "@/components/webinars/webinar-tabs";
import { WebinarsTable } from "@/components/webinars/webinars-table";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { userKeys } from "@/lib/queries/users";
import { webinarKeys, WEBINAR_PAGE_SIZE } from "@/lib/queries/webinars";
import { hostsFor, webinarPageFor } from "@/lib/zoom/for-viewer";

export const metadata: Metadata = { title: "Webinars" };

export default async function WebinarsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const params = await searchParams;
  const admin = isAdminRole(viewer.role);
  const tab = parseWebinarTab(typeof params.tab === "string" ? params.tab : null);
  const host = admin && typeof params.host === "string" ? params.host : "me";
  return (
    <>
      <PageHeader
        title="Webinars"
        description="Large events with panelists, registration and practice sessions. Hosts need a webinar licence."
        actions={
          <>
            <Link href="/meetings/templates?kind=webinar" className={buttonClass("secondary")}>
              Templates
            </Link>
            <Link href={host === "me" ? "/webinars/new" : `/webinars/new?host=${encodeURIComponent(host)}`} className={buttonClass("primary")}>
              Schedule a webinar
            </Link>
          </>
        }
      />
      <Hydrate
        prefetch={(client) =>
          Promise.all([
            client.prefetchInfiniteQuery({
              queryKey: webinarKeys.list({ userId: host, type: tab }),
              queryFn: () => webinarPageFor(viewer, { userId: host, type: tab, page_size: WEBINAR_PAGE_SIZE }),
              initialPageParam: null as string | null,
            }),
            admin ? client.prefetchQuery({ queryKey: userKeys.hosts(), queryFn: () => hostsFor(viewer) }) : null,
          ])
        }
      >
        <WebinarsTable isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
      </Hydrate>
    </>
  );
}
