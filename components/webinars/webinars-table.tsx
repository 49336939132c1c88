"use client";

/**
 * A host's webinars (Upcoming / All scheduled); the table itself is shared with meetings
 * (components/scheduled/scheduled-table.tsx).
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { lazy, useCallback } from "react";
import { itemStatus } from "@/components/scheduled/format";
import { ScheduledTable, type ScheduledTableKind } from "@/components/scheduled/scheduled-table";
import { useNow } from "@/components/ui/time";
import { WEBINAR_TABS } from "@/components/webinars/webinar-tabs";
import { webinarQueries, type WebinarTab } from "@/lib/queries/webinars";
import type { ZoomWebinarSummary } from "@/lib/zoom/types/webinar";
import type { WebinarPage } from "@/lib/zoom/webinars";

// Loaded by the first "Delete…": the list does not need the dialog to paint.
const WebinarDeleteDialog = lazy(() => import("@/components/webinars/webinar-delete-dialog").then((module) => ({ default: module.WebinarDeleteDialog })));

const WEBINARS: ScheduledTableKind<ZoomWebinarSummary, WebinarPage, WebinarTab> = {
  noun: "webinar",
  basePath: "/webinars",
  tabs: WEBINAR_TABS,
  itemsOf: (page) => page.webinars,
  newestFirst: () => false,
  DeleteDialog: WebinarDeleteDialog,
  useQueries: function useWebinarQueries({ host, tab, itemId }) {
    const list = useInfiniteQuery(webinarQueries.list({ userId: host, type: tab }));
    const lookup = useQuery({ ...webinarQueries.detail(itemId ?? ""), enabled: itemId !== null });
    const now = useNow() ?? 0;
    // Zoom reports no live webinars in these lists, so status comes from the clock alone.
    const statusOf = useCallback((w: ZoomWebinarSummary) => itemStatus(w, false, now), [now]);
    return { list, lookup, statusOf };
  },
};

export function WebinarsTable(props: { isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  return <ScheduledTable kind={WEBINARS} {...props} />;
}
