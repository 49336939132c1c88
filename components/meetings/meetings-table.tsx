"use client";

/**
 * A host's meetings by Zoom's list types (Upcoming / Live / Previous / All scheduled); the table
 * itself is shared with webinars (components/scheduled/scheduled-table.tsx).
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { lazy, useCallback } from "react";
import { MEETING_TABS } from "@/components/meetings/meeting-tabs";
import { itemStatus } from "@/components/scheduled/format";
import { ScheduledTable, type ScheduledTableKind } from "@/components/scheduled/scheduled-table";
import { useNow } from "@/components/ui/time";
import { meetingQueries, type MeetingTab } from "@/lib/queries/meetings";
import type { MeetingPage } from "@/lib/zoom/meetings";
import type { ZoomMeetingSummary } from "@/lib/zoom/types/meeting";

// Loaded by the first "Delete…": the list does not need the dialog to paint.
const MeetingDeleteDialog = lazy(() => import("@/components/meetings/meeting-delete-dialog").then((module) => ({ default: module.MeetingDeleteDialog })));

const MEETINGS: ScheduledTableKind<ZoomMeetingSummary, MeetingPage, MeetingTab> = {
  noun: "meeting",
  basePath: "/meetings",
  tabs: MEETING_TABS,
  itemsOf: (page) => page.meetings,
  newestFirst: (tab) => tab === "previous_meetings",
  DeleteDialog: MeetingDeleteDialog,
  useQueries: function useMeetingQueries({ host, tab, itemId }) {
    const list = useInfiniteQuery(meetingQueries.list({ userId: host, type: tab }));
    // Zoom's list items carry no live status; the Live list marks them in every tab.
    const liveList = useInfiniteQuery({ ...meetingQueries.list({ userId: host, type: "live" }), select: (data) => new Set(data.pages.flatMap((p) => p.meetings.map((m) => m.id))) });
    const lookup = useQuery({ ...meetingQueries.detail(itemId ?? ""), enabled: itemId !== null });
    const now = useNow() ?? 0;
    const live = liveList.data;
    const statusOf = useCallback(
      (m: ZoomMeetingSummary) => (tab === "previous_meetings" && itemId === null ? "ended" : itemStatus(m, live?.has(m.id) ?? tab === "live", now)),
      [tab, itemId, live, now],
    );
    return { list, lookup, statusOf };
  },
};

export function MeetingsTable(props: { isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  return <ScheduledTable kind={MEETINGS} {...props} />;
}
