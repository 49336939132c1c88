"use client";

/**
 * A host's meetings by Zoom's list types (Upcoming / Live / Previous / All scheduled), page by
 * page through `next_page_token` ("Load more" never pretends the first page is everything),
 * sortable by start time. A search looks through every page (components/scheduled/list-search.ts)
 * and a meeting ID is looked up directly. Tab, host and search live in the URL; the frame and
 * columns are shared with webinars (components/scheduled/scheduled-list.tsx).
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useHostNames } from "@/components/scheduled/host-picker";
import { MeetingDeleteDialog } from "@/components/meetings/meeting-delete-dialog";
import type { DeleteTarget } from "@/components/scheduled/scheduled-delete-dialog";
import { itemStatus, matchesSearch } from "@/components/scheduled/format";
import { MEETING_TAB_VALUES, MEETING_TABS } from "@/components/meetings/meeting-tabs";
import { idQuery, searchMessages, useLoadAllWhile } from "@/components/scheduled/list-search";
import { useHostParam, useSearchParam, useTabParam } from "@/components/scheduled/list-url-state";
import { ScheduledList, scheduledColumns } from "@/components/scheduled/scheduled-list";
import { useNow } from "@/components/ui/time";
import { ApiClientError } from "@/lib/queries/http";
import { meetingQueries } from "@/lib/queries/meetings";
import type { ZoomMeetingSummary } from "@/lib/zoom/types/meeting";

export function MeetingsTable({ isAdmin, viewerZoomUserId, viewerName }: { isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const [tab, setTab] = useTabParam("tab", MEETING_TAB_VALUES, "upcoming");
  const [host, setHost] = useHostParam(isAdmin);
  const [search, setSearch] = useSearchParam();
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);

  const list = useInfiniteQuery(meetingQueries.list({ userId: host, type: tab }));
  // Zoom's list items carry no live status; the Live list marks them in every tab.
  const liveList = useInfiniteQuery({ ...meetingQueries.list({ userId: host, type: "live" }), select: (data) => new Set(data.pages.flatMap((p) => p.meetings.map((m) => m.id))) });
  const names = useHostNames(isAdmin);
  const now = useNow() ?? 0;

  const meetingId = idQuery(search);
  const lookup = useQuery({ ...meetingQueries.detail(meetingId ?? ""), enabled: meetingId !== null });
  const loaded = (list.data?.pages ?? []).reduce((sum, page) => sum + page.meetings.length, 0);
  const total = list.data?.pages[0]?.totalRecords ?? null;
  const { searching, capped } = useLoadAllWhile(list, search.trim() !== "" && meetingId === null, loaded);

  const rows = useMemo(() => {
    if (meetingId !== null) return lookup.data ? [lookup.data] : [];
    const seen = new Set<string>();
    const all = (list.data?.pages ?? []).flatMap((page) => page.meetings);
    return all.filter((m) => {
      const key = `${m.id}:${m.start_time ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return matchesSearch(m, search);
    });
  }, [list.data, search, meetingId, lookup.data]);

  const notFound = lookup.error instanceof ApiClientError && lookup.error.status === 404;
  const messages = searchMessages({
    plural: "meetings",
    search,
    searching,
    capped,
    loaded,
    total,
    lookup: meetingId === null ? undefined : { id: meetingId, noun: "meeting", pending: lookup.isPending, notFound },
  });
  const lookupFailed = lookup.isError && !notFound ? `Could not look up this meeting ID: ${lookup.error.message}` : null;

  const columns = useMemo(
    () =>
      scheduledColumns<ZoomMeetingSummary>({
        basePath: "/meetings",
        names,
        viewerZoomUserId,
        viewerName,
        statusOf: (m) => (tab === "previous_meetings" && meetingId === null ? "ended" : itemStatus(m, liveList.data?.has(m.id) ?? tab === "live", now)),
        onDelete: setDeleting,
      }),
    [names, viewerZoomUserId, viewerName, tab, meetingId, liveList.data, now, setDeleting],
  );

  return (
    <ScheduledList
      noun="meeting"
      isAdmin={isAdmin}
      viewerZoomUserId={viewerZoomUserId}
      host={host}
      onHostChange={setHost}
      search={search}
      onSearchChange={setSearch}
      searchStatus={lookupFailed ?? messages.status}
      searchEmpty={lookupFailed ?? messages.empty}
      tabs={MEETING_TABS}
      tab={tab}
      onTabChange={(value) => void setTab(value)}
      list={list}
      loaded={loaded}
      rows={rows}
      columns={columns}
      initialSortDesc={tab === "previous_meetings"}
      deleteDialog={<MeetingDeleteDialog target={deleting} onClose={() => setDeleting(null)} />}
    />
  );
}
