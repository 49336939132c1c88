"use client";

/**
 * A host's webinars (Upcoming / All scheduled), paged through `next_page_token`, searchable,
 * sortable; frame and columns shared with meetings (components/scheduling/scheduled-list.tsx).
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { itemStatus, matchesSearch } from "@/components/meetings/format";
import { useHostNames } from "@/components/meetings/host-picker";
import type { DeleteTarget } from "@/components/scheduling/scheduled-delete-dialog";
import { ScheduledList, scheduledColumns, useListParams } from "@/components/scheduling/scheduled-list";
import { WebinarDeleteDialog } from "@/components/webinars/webinar-delete-dialog";
import { parseWebinarTab, WEBINAR_TABS } from "@/components/webinars/webinar-tabs";
import { useNow } from "@/components/ui/time";
import { webinarQueries } from "@/lib/queries/webinars";
import type { ZoomWebinarSummary } from "@/lib/zoom/types/webinar";

export function WebinarsTable({ isAdmin, viewerZoomUserId, viewerName }: { isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const { params, host, setParam } = useListParams(isAdmin);
  const tab = parseWebinarTab(params.get("tab"));
  const [search, setSearch] = useState("");
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const list = useInfiniteQuery(webinarQueries.list({ userId: host, type: tab }));
  const names = useHostNames(isAdmin);
  const now = useNow() ?? 0;

  const rows = useMemo(() => (list.data?.pages ?? []).flatMap((page) => page.webinars).filter((w) => matchesSearch(w, search)), [list.data, search]);
  const loaded = (list.data?.pages ?? []).reduce((sum, page) => sum + page.webinars.length, 0);

  // Zoom reports no live webinars in these lists, so status comes from the clock alone.
  const columns = useMemo(
    () => scheduledColumns<ZoomWebinarSummary>({ basePath: "/webinars", names, viewerZoomUserId, viewerName, statusOf: (w) => itemStatus(w, false, now), onDelete: setDeleting }),
    [names, viewerZoomUserId, viewerName, now, setDeleting],
  );

  return (
    <ScheduledList
      noun="webinar"
      isAdmin={isAdmin}
      viewerZoomUserId={viewerZoomUserId}
      host={host}
      setParam={setParam}
      search={search}
      setSearch={setSearch}
      tabs={WEBINAR_TABS}
      tab={tab}
      list={list}
      loaded={loaded}
      rows={rows}
      columns={columns}
      initialSortDesc={false}
      deleteDialog={<WebinarDeleteDialog target={deleting} onClose={() => setDeleting(null)} />}
    />
  );
}
