/**
 * The recordings list's pure parts: the date range and its presets, the filters the browser
 * applies (topic / meeting ID, file type), sizes, trash days and the CSV export.
 */
import { DateTime } from "luxon";
import type { RecordingView } from "@/lib/zoom/types/recording";
import { spreadsheetCsv } from "@/lib/csv-export";

export const RANGE_PRESETS = [
  { value: "30d", label: "Last 30 days", days: 30 },
  { value: "90d", label: "Last 90 days", days: 90 },
  { value: "12m", label: "Last 12 months", days: 365 },
  { value: "custom", label: "Custom range", days: null },
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number]["value"];

export const isRangePreset = (value: string | null): value is RangePreset => RANGE_PRESETS.some((p) => p.value === value);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The `yyyy-MM-dd` dates a preset (or a custom from/to) stands for, as of `today` (UTC, so the
 * server's prefetch and the browser ask for the same list). A custom range with a missing or
 * malformed end falls back to the last 30 days.
 */
export function rangeDates(preset: RangePreset, today: DateTime, custom: { from?: string | null; to?: string | null } = {}): { from: string; to: string } {
  const end = today.toUTC().startOf("day");
  const found = RANGE_PRESETS.find((p) => p.value === preset);
  if (preset === "custom" && custom.from && custom.to && ISO_DATE.test(custom.from) && ISO_DATE.test(custom.to)) return { from: custom.from, to: custom.to };
  const days = found?.days ?? 30;
  return { from: end.minus({ days }).toISODate()!, to: end.toISODate()! };
}

/**
 * What to ask Zoom for a range of the viewer's dates: Zoom reads `from`/`to` as UTC dates, so a
 * recording at 21:00 on 31 March in New York (1 April UTC) would fall outside "1–31 March". A day
 * more on each side covers every zone; `inViewerRange` then keeps the viewer's own dates.
 */
export function zoomRecordingRange(range: { from: string; to: string }): { from: string; to: string } {
  const day = (iso: string, days: number) => DateTime.fromISO(iso, { zone: "utc" }).plus({ days }).toISODate()!;
  return { from: day(range.from, -1), to: day(range.to, 1) };
}

/** Whether a recording started on one of the range's dates in the viewer's zone. */
export function inViewerRange(row: RecordingView, range: { from: string; to: string }, zone: string): boolean {
  const day = DateTime.fromISO(row.startTime, { zone: "utc" }).setZone(zone).toISODate();
  return !!day && day >= range.from && day <= range.to;
}

/** The file types a filter offers, in the order people look for them. */
export const FILE_TYPE_FILTERS = ["MP4", "M4A", "TRANSCRIPT", "CC", "CHAT", "TIMELINE"] as const;

export const FILE_TYPE_LABELS: Record<string, string> = {
  MP4: "Video",
  M4A: "Audio",
  TRANSCRIPT: "Transcript",
  CC: "Captions",
  CHAT: "Chat",
  TIMELINE: "Timeline",
  CSV: "Poll CSV",
  SUMMARY: "Summary",
  CHAT_MESSAGE: "Chat messages",
};
export const fileTypeLabel = (type: string) => FILE_TYPE_LABELS[type] ?? type;

const digits = (value: string) => value.replace(/[\s-]/g, "");

/** Rows whose topic contains the search, or whose meeting ID it is (spaces and dashes ignored), with the file type if one is chosen. */
export function filterRecordings(rows: readonly RecordingView[], search: string, fileType: string | null): RecordingView[] {
  const q = search.trim().toLowerCase();
  const id = /^[\d\s-]+$/.test(q) ? digits(q) : null;
  return rows.filter((row) => {
    if (fileType && !row.fileTypes.includes(fileType)) return false;
    if (!q) return true;
    return row.topic.toLowerCase().includes(q) || (id !== null && row.meetingId.includes(id));
  });
}

/** "119.6 KB", "1.2 GB" (decimal units, as Zoom's portal shows them). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return "—";
  if (bytes < 1000) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** Whole days until Zoom deletes a trashed recording for good (0 on its last day). */
export function daysLeft(purgeAt: string | null, now: number): number | null {
  if (!purgeAt) return null;
  return Math.max(0, Math.floor((Date.parse(purgeAt) - now) / 86_400_000));
}

/** The filtered list as CSV; host names come from the admin's host list when known. */
export function recordingsCsv(rows: readonly RecordingView[], hostName: (hostId: string) => string): string {
  return spreadsheetCsv(
    ["Topic", "Meeting ID", "Start (UTC)", "Duration (min)", "Host", "Files", "Total size (bytes)", "Status"],
    rows.map((r) => [r.topic, r.meetingId, r.startTime, r.duration ?? "", hostName(r.hostId), r.fileTypes.join(" "), r.totalSize, r.status]),
  );
}
