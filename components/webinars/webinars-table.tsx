"use client";

/**
 * A host's webinars (Upcoming / All scheduled), paged through `next_page_token`, sortable; a search
 * looks through every page and a webinar ID is looked up directly (list-search.ts). Tab, host and
 * search live in the URL; frame and columns shared with meetings (scheduled-list.tsx).
 */
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { itemStatus, matchesSearch } from "@/components/scheduled/format";
import { useHostNames } from "@/components/scheduled/host-picker";
import { idQuery, searchMessages, useLoadAllWhile } from "@/components/scheduled/list-search";
import { useHostParam, useSearchParam, useTabParam } from "@/components/scheduled/list-url-state";
import type { DeleteTarget } from "@/components/scheduled/scheduled-delete-dialog";
import { ScheduledList, scheduledColumns } from "@/components/scheduled/scheduled-list";
import { WebinarDeleteDialog } from "@/components/webinars/webinar-delete-dialog";
import { WEBINAR_TAB_VALUES, WEBINAR_TABS } from "@/components/webinars/webinar-tabs";
import { useNow } from "@/components/ui/time";
import { ApiClientError } from "@/lib/queries/http";
import { webinarQueries } from "@/lib/queries/webinars";
import type { ZoomWebinarSummary } from "@/lib/zoom/types/webinar";

export function WebinarsTable({ isAdmin, viewerZoomUserId, viewerName }: { isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const [tab, setTab] = useTabParam("tab", WEBINAR_TAB_VALUES, "upcoming");
  const [host, setHost] = useHostParam(isAdmin);
  const [search, setSearch] = useSearchParam();
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const list = useInfiniteQuery(webinarQueries.list({ userId: host, type: tab }));
  const names = useHostNames(isAdmin);
  const now = useNow() ?? 0;

  const webinarId = idQuery(search);
  const lookup = useQuery({ ...webinarQueries.detail(webinarId ?? ""), enabled: webinarId !== null });
  const loaded = (list.data?.pages ?? []).reduce((sum, page) => sum + page.webinars.length, 0);
  const total = list.data?.pages[0]?.totalRecords ?? null;
  const { searching, capped } = useLoadAllWhile(list, search.trim() !== "" && webinarId === null, loaded);

  const rows = useMemo(() => {
    if (webinarId !== null) return lookup.data ? [lookup.data] : [];
    return (list.data?.pages ?? []).flatMap((page) => page.webinars).filter((w) => matchesSearch(w, search));
  }, [list.data, search, webinarId, lookup.data]);

  const notFound = lookup.error instanceof ApiClientError && lookup.error.status === 404;
  const messages = searchMessages({
    plural: "webinars",
    search,
    searching,
    capped,
    loaded,
    total,
    lookup: webinarId === null ? undefined : { id: webinarId, noun: "webinar", pending: lookup.isPending, notFound },
  });
  const lookupFailed = lookup.isError && !notFound ? `Could not look up this webinar ID: ${lookup.error.message}` : null;

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
      onHostChange={setHost}
      search={search}
      onSearchChange={setSearch}
      searchStatus={lookupFailed ?? messages.status}
      searchEmpty={lookupFailed ?? messages.empty}
      tabs={WEBINAR_TABS}
      tab={tab}
      onTabChange={(value) => void setTab(value)}
      list={list}
      loaded={loaded}
      rows={rows}
      columns={columns}
      initialSortDesc={false}
      deleteDialog={<WebinarDeleteDialog target={deleting} onClose={() => setDeleting(null)} />}
    />
  );
}
