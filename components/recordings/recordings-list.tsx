"use client";

/**
 * Cloud recordings of one host (admins choose any host) over any date range — the server asks
 * Zoom a month at a time. Search and the file-type filter run in the browser over the fetched
 * range; range, tab, host and search live in the URL. The Trash tab lists what Zoom keeps for 30
 * days. A selection can be trashed or deleted as a background job.
 */
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { RecordingBulkBar, RecordingBulkJob } from "@/components/recordings/recording-bulk";
import { byUuid, recordingColumns } from "@/components/recordings/recording-columns";
import { RecordingsTrash } from "@/components/recordings/recordings-trash";
import { downloadText } from "@/components/recordings/download";
import { FILE_TYPE_FILTERS, fileTypeLabel, filterRecordings, formatBytes, inViewerRange, RANGE_PRESETS, recordingsCsv, zoomRecordingRange, type RangePreset } from "@/components/recordings/list";
import { useRangeParam } from "@/components/recordings/use-range-param";
import { HostPicker, useHostNames } from "@/components/scheduled/host-picker";
import { useHostParam, useSearchParam, useTabParam } from "@/components/scheduled/list-url-state";
import { Button } from "@/components/ui/button";
import { DataTable, type Sorting } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { ListError } from "@/components/ui/list-footer";
import { SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { recordingQueries } from "@/lib/queries/recordings";
import { useViewerTimeZone } from "@/components/ui/time";

const TABS = ["recordings", "trash"] as const;

export function RecordingsList({ isAdmin, viewerZoomUserId, viewerName }: { isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const [tab, setTab] = useTabParam("tab", TABS, "recordings");
  const [host, setHost] = useHostParam(isAdmin);
  const range = useRangeParam();
  const [search, setSearch] = useSearchParam();
  const [fileType, setFileType] = useState<string>("");
  const [sorting, setSorting] = useState<Sorting | null>({ id: "start", desc: true });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkJob, setBulkJob] = useState<string | null>(null);
  const trash = tab === "trash";
  const badRange = range.to < range.from;
  const list = useQuery({ ...recordingQueries.list({ userId: host, ...zoomRecordingRange(range), trash }), enabled: !badRange });
  const zone = useViewerTimeZone() ?? "UTC";
  const names = useHostNames(isAdmin);
  const hostName = (id: string) => (id === viewerZoomUserId ? `${viewerName} (you)` : (names.get(id) ?? "—"));
  // The trash is one listing, not filtered by date; recordings keep the viewer's own dates.
  const { from: rangeFrom, to: rangeTo } = range;
  const all = useMemo(() => (list.data?.recordings ?? []).filter((row) => trash || inViewerRange(row, { from: rangeFrom, to: rangeTo }, zone)), [list.data, trash, rangeFrom, rangeTo, zone]);
  const rows = useMemo(() => filterRecordings(all, search, fileType || null), [all, search, fileType]);
  // A selection is of rows on screen: rows filtered out or gone after a refresh are not acted on.
  const chosen = rows.filter((row) => selected.has(row.uuid));
  const toggle = (uuid: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(uuid)) next.add(uuid);
      return next;
    });
  const allChosen = rows.length > 0 && chosen.length === rows.length;
  const filtered = search.trim() !== "" || fileType !== "";
  const emptyText = filtered ? "No recording matches these filters." : trash ? "The trash is empty." : "No recordings in this date range. Try a longer range.";
  const totalSize = rows.reduce((sum, row) => sum + row.totalSize, 0);

  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2 lg:flex lg:flex-wrap lg:items-start">
        {isAdmin ? <HostPicker value={host} onChange={setHost} viewerZoomUserId={viewerZoomUserId} /> : null}
        {trash ? null : (
          <>
            <SelectField label="Date range" value={range.preset} onChange={(event) => range.set({ preset: event.target.value as RangePreset })} className="lg:w-44">
              {RANGE_PRESETS.map((preset) => (
                <option key={preset.value} value={preset.value}>
                  {preset.label}
                </option>
              ))}
            </SelectField>
            {range.preset === "custom" ? (
              <>
                <TextField label="From" type="date" value={range.from} max={range.to} onChange={(event) => event.target.value && range.set({ preset: "custom", from: event.target.value, to: range.to })} className="lg:w-40" />
                <TextField
                  label="To"
                  type="date"
                  value={range.to}
                  min={range.from}
                  onChange={(event) => event.target.value && range.set({ preset: "custom", from: range.from, to: event.target.value })}
                  error={badRange ? "The end date is before the start date." : undefined}
                  className="lg:w-40"
                />
              </>
            ) : null}
          </>
        )}
        <TextField label="Search recordings" type="search" placeholder="Topic or meeting ID" value={search} onChange={(event) => setSearch(event.target.value)} className="lg:w-64" />
        <SelectField label="File type" value={fileType} onChange={(event) => setFileType(event.target.value)} className="lg:w-40">
          <option value="">Any file</option>
          {FILE_TYPE_FILTERS.map((type) => (
            <option key={type} value={type}>
              {fileTypeLabel(type)}
            </option>
          ))}
        </SelectField>
        <div className="flex items-end sm:col-span-2 lg:ml-auto lg:self-end">
          <Button variant="secondary" disabled={rows.length === 0} onClick={() => downloadText(`recordings-${trash ? "trash" : `${range.from}-to-${range.to}`}.csv`, recordingsCsv(rows, hostName))}>
            Export CSV
          </Button>
        </div>
      </div>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="px-4 pt-2">
          <Tabs
            label="Recording lists"
            idBase="recordings"
            items={[
              { value: "recordings", label: "Recordings", count: !trash && list.data ? rows.length : undefined },
              { value: "trash", label: "Trash", count: trash && list.data ? rows.length : undefined },
            ]}
            value={tab}
            onChange={(value) => {
              setSelected(new Set());
              setTab(value);
            }}
          />
        </div>
        <RecordingBulkJob jobId={bulkJob} onDismiss={() => setBulkJob(null)} />
        <TabPanel idBase="recordings" value={tab}>
          {badRange ? null : list.isPending ? (
            <SkeletonRows label="Loading recordings" />
          ) : list.isError ? (
            <ListError error={list.error} onRetry={() => void list.refetch()} what="recordings" />
          ) : trash ? (
            <RecordingsTrash rows={rows} hostName={hostName} empty={emptyText} />
          ) : (
            <>
              <RecordingBulkBar
                  selected={chosen}
                  onDone={() => setSelected(new Set())}
                  onStarted={setBulkJob}
                  selectAll={
                    rows.length === 0 ? null : (
                    <label className="flex items-center gap-2 text-slate-700 dark:text-slate-300">
                      <input type="checkbox" checked={allChosen} onChange={() => setSelected(allChosen ? new Set() : new Set(rows.map((r) => r.uuid)))} className="h-4 w-4 accent-brand-600" />
                      Select all {rows.length} shown
                    </label>
                    )
                  }
                />
              <DataTable rows={rows} rowKey={byUuid} columns={recordingColumns({ hostName, selected, onToggle: toggle })} caption="Cloud recordings" sorting={sorting} onSortingChange={setSorting} empty={emptyText} />
            </>
          )}
          {list.data && !badRange ? (
            <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <p aria-live="polite">
                {rows.length.toLocaleString("en-US")} {rows.length === 1 ? "recording" : "recordings"} · {formatBytes(totalSize)}
                {trash ? " · kept 30 days after they were trashed" : ` · ${range.from} to ${range.to}`}
              </p>
            </div>
          ) : null}
        </TabPanel>
      </div>
    </div>
  );
}
