"use client";

/**
 * A host's meetings by Zoom's list types (Upcoming / Live / Previous / All scheduled), page by
 * page through `next_page_token` ("Load more" never pretends the first page is everything),
 * searchable over what is loaded, sortable by start time. Tab and host live in the URL; the frame
 * and columns are shared with webinars (components/scheduling/scheduled-list.tsx).
 */
import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useHostNames } from "@/components/meetings/host-picker";
import { MeetingDeleteDialog } from "@/components/meetings/meeting-delete-dialog";
import type { DeleteTarget } from "@/components/scheduling/scheduled-delete-dialog";
import { itemStatus, matchesSearch } from "@/components/meetings/format";
import { MEETING_TABS, parseMeetingTab } from "@/components/meetings/meeting-tabs";
import { ScheduledList, scheduledColumns, useListParams } from "@/components/scheduling/scheduled-list";
import { useNow } from "@/components/ui/time";
import { meetingQueries } from "@/lib/queries/meetings";
import type { ZoomMeetingSummary } from "@/lib/zoom/types/meeting";

export function MeetingsTable({ isAdmin, viewerZoomUserId, viewerName }: { isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const { params, host, setParam } = useListParams(isAdmin);
  const tab = parseMeetingTab(params.get("tab"));
  const [search, setSearch] = useState("");
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);

  const list = useInfiniteQuery(meetingQueries.list({ userId: host, type: tab }));
  // Zoom's list items carry no live status; the Live list marks them in every tab.
  const liveList = useInfiniteQuery({ ...meetingQueries.list({ userId: host, type: "live" }), select: (data) => new Set(data.pages.flatMap((p) => p.meetings.map((m) => m.id))) });
  const names = useHostNames(isAdmin);
  const now = useNow() ?? 0;

  const rows = useMemo(() => {
    const seen = new Set<string>();
    const all = (list.data?.pages ?? []).flatMap((page) => page.meetings);
    return all.filter((m) => {
      const key = `${m.id}:${m.start_time ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return matchesSearch(m, search);
    });
  }, [list.data, search]);
  const loaded = (list.data?.pages ?? []).reduce((sum, page) => sum + page.meetings.length, 0);

  const columns = useMemo(
    () =>
      scheduledColumns<ZoomMeetingSummary>({
        basePath: "/meetings",
        names,
        viewerZoomUserId,
        viewerName,
        statusOf: (m) => (tab === "previous_meetings" ? "ended" : itemStatus(m, liveList.data?.has(m.id) ?? tab === "live", now)),
        onDelete: setDeleting,
      }),
    [names, viewerZoomUserId, viewerName, tab, liveList.data, now, setDeleting],
  );


  return (
    <ScheduledList
      noun="meeting"
      isAdmin={isAdmin}
      viewerZoomUserId={viewerZoomUserId}
      host={host}
      setParam={setParam}
      search={search}
      setSearch={setSearch}
      searchHint={list.hasNextPage ? `Searches the ${loaded} meetings loaded so far.` : undefined}
      tabs={MEETING_TABS}
      tab={tab}
      list={list}
      loaded={loaded}
      rows={rows}
      columns={columns}
      initialSortDesc={tab === "previous_meetings"}
      deleteDialog={<MeetingDeleteDialog target={deleting} onClose={() => setDeleting(null)} />}
    />
  );
}
