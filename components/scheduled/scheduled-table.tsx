"use client";

/**
 * A host's meetings or webinars by Zoom's list types, page by page through `next_page_token`
 * ("Load more" never pretends the first page is everything), sortable by start time. A search
 * looks through every page (use-list-search.ts) and an ID is looked up directly. Tab, host and
 * search live in the URL. Each kind supplies only what differs: its tabs, its queries and how a
 * row's status is known (ScheduledTableKind).
 */
import type { InfiniteData, UseInfiniteQueryResult, UseQueryResult } from "@tanstack/react-query";
import { Suspense, useMemo, useState, type ComponentType } from "react";
import type { ItemStatus } from "@/components/scheduled/format";
import { HostPicker, useHostNames } from "@/components/scheduled/host-picker";
import { idQuery } from "@/components/scheduled/list-search";
import { useHostParam, useSearchParam, useTabParam } from "@/components/scheduled/list-url-state";
import type { DeleteDialogProps, DeleteTarget } from "@/components/scheduled/scheduled-delete-dialog";
import { scheduledColumns, type ScheduledRow } from "@/components/scheduled/scheduled-columns";
import { useListSearch } from "@/components/scheduled/use-list-search";
import { DataTable, type Sorting, byId } from "@/components/ui/data-table";
import { TextField } from "@/components/ui/field";
import { ListError, ListFooter } from "@/components/ui/list-footer";
import { SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export interface ScheduledTableKind<R extends ScheduledRow, P extends { totalRecords: number | null }, T extends string> {
  noun: ScheduledKind;
  basePath: "/meetings" | "/webinars";
  tabs: { value: T; label: string; empty: string }[];
  itemsOf: (page: P) => R[];
  /** Start times newest first on this tab (a list of past items), else soonest first. */
  newestFirst: (tab: T) => boolean;
  /** Mounted (in a Suspense boundary) from the first "Delete…" on, so kinds can load it lazily on that click. */
  DeleteDialog: ComponentType<DeleteDialogProps>;
  /** The tab's list, the direct lookup of `itemId`, and each row's status (meetings ask Zoom's Live list). */
  useQueries: (args: { host: string; tab: T; itemId: string | null }) => {
    list: UseInfiniteQueryResult<InfiniteData<P>, Error>;
    lookup: UseQueryResult<R, Error>;
    statusOf: (row: R) => ItemStatus;
  };
}

export function ScheduledTable<R extends ScheduledRow, P extends { totalRecords: number | null }, T extends string>({
  kind,
  isAdmin,
  viewerZoomUserId,
  viewerName,
}: {
  kind: ScheduledTableKind<R, P, T>;
  isAdmin: boolean;
  viewerZoomUserId: string;
  viewerName: string;
}) {
  const tabValues = useMemo(() => kind.tabs.map((t) => t.value), [kind.tabs]);
  const [tab, setTab] = useTabParam("tab", tabValues, kind.tabs[0]!.value);
  const [host, setHost] = useHostParam(isAdmin);
  const [search, setSearch] = useSearchParam();
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const [deleteAsked, setDeleteAsked] = useState(false);
  const itemId = idQuery(search);
  const { list, lookup, statusOf } = kind.useQueries({ host, tab, itemId });
  const names = useHostNames(isAdmin);
  const { rows, loaded, searchStatus, searchEmpty } = useListSearch({ noun: kind.noun, search, itemId, list, itemsOf: kind.itemsOf, lookup });
  const columns = useMemo(
    () =>
      scheduledColumns<R>({
        basePath: kind.basePath,
        names,
        viewerZoomUserId,
        viewerName,
        statusOf,
        onDelete: (target) => {
          setDeleteAsked(true);
          setDeleting(target);
        },
      }),
    [kind.basePath, names, viewerZoomUserId, viewerName, statusOf],
  );
  const [sorting, setSorting] = useState<Sorting | null>({ id: "start", desc: kind.newestFirst(tab) });
  const noun = kind.noun;
  const plural = `${noun}s`;
  const DeleteDialog = kind.DeleteDialog;
  const total = list.data?.pages[0]?.totalRecords ?? null;
  const current = kind.tabs.find((t) => t.value === tab)!;
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        {isAdmin ? <HostPicker value={host} onChange={setHost} viewerZoomUserId={viewerZoomUserId} /> : null}
        <div className="w-full sm:w-80">
          <TextField label={`Search ${plural}`} type="search" placeholder={`Topic or ${noun} ID`} value={search} onChange={(event) => setSearch(event.target.value)} />
          {/* Always rendered, so screen readers announce each change of the search's progress. */}
          <p role="status" className="mt-1.5 min-h-4 text-xs text-slate-500 dark:text-slate-400">
            {searchStatus}
          </p>
        </div>
      </div>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="px-4 pt-2">
          <Tabs
            label={`${noun === "meeting" ? "Meeting" : "Webinar"} lists`}
            idBase={plural}
            items={kind.tabs.map(({ value, label }) => ({ value, label, count: value === tab ? total : undefined }))}
            value={tab}
            onChange={(value) => void setTab(value)}
          />
        </div>
        <TabPanel idBase={plural} value={tab}>
          {list.isPending ? (
            <SkeletonRows label={`Loading ${plural}`} />
          ) : list.isError && !list.data ? (
            <ListError error={list.error} onRetry={() => void list.refetch()} what={plural} />
          ) : (
            <>
              <DataTable rows={rows} rowKey={byId} columns={columns} sorting={sorting} onSortingChange={setSorting} caption={`${current.label} ${plural}`} empty={searchEmpty ?? current.empty} />
              <ListFooter loaded={loaded} total={total} noun={plural} query={list} />
            </>
          )}
        </TabPanel>
      </div>
      {deleteAsked ? (
        <Suspense fallback={null}>
          <DeleteDialog target={deleting} onClose={() => setDeleting(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}
