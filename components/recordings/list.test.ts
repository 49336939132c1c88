import { DateTime } from "luxon";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { RecordingView } from "@/lib/zoom/types/recording";
import { daysLeft, filterRecordings, formatBytes, inViewerRange, rangeDates, recordingsCsv, zoomRecordingRange } from "./list";

const row = (over: Partial<RecordingView>): RecordingView => ({
  uuid: "abc/def==",
  meetingId: "81234567890",
  hostId: "h1",
  topic: "Weekly sync",
  startTime: "2026-11-02T15:00:00Z",
  duration: 45,
  totalSize: 1234,
  fileTypes: ["MP4", "CHAT"],
  status: "completed",
  purgeAt: null,
  ...over,
});

describe("rangeDates", () => {
  const today = DateTime.fromISO("2026-12-01T23:30:00", { zone: "America/Los_Angeles" });
  it("counts presets back from today in UTC", () => {
    expect(rangeDates("30d", today)).toEqual({ from: "2026-11-02", to: "2026-12-02" });
    expect(rangeDates("90d", today)).toEqual({ from: "2026-09-03", to: "2026-12-02" });
    expect(rangeDates("12m", today).from).toBe("2025-12-02");
  });
  it("takes a custom range as given, and falls back when it is incomplete", () => {
    expect(rangeDates("custom", today, { from: "2026-01-01", to: "2026-02-01" })).toEqual({ from: "2026-01-01", to: "2026-02-01" });
    expect(rangeDates("custom", today, { from: "2026-01-01", to: "soon" })).toEqual(rangeDates("30d", today));
  });
});

describe("filterRecordings", () => {
  const rows = [row({ uuid: "a" }), row({ uuid: "b", topic: "Board review", meetingId: "85550001111", fileTypes: ["M4A"] })];
  it("matches topics, spaced meeting IDs and file types", () => {
    expect(filterRecordings(rows, "board", null).map((r) => r.uuid)).toEqual(["b"]);
    expect(filterRecordings(rows, "855 5000 1111", null).map((r) => r.uuid)).toEqual(["b"]);
    expect(filterRecordings(rows, "", "MP4").map((r) => r.uuid)).toEqual(["a"]);
    expect(filterRecordings(rows, "board", "MP4")).toEqual([]);
  });
});

describe("formatBytes and daysLeft", () => {
  it("prints sizes in decimal units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(119_624)).toBe("119.6 KB");
    expect(formatBytes(2_147_483_648)).toBe("2.15 GB");
    expect(formatBytes(null)).toBe("—");
  });
  it("counts whole days left before the purge", () => {
    const now = Date.parse("2026-12-01T12:00:00Z");
    expect(daysLeft("2026-12-19T13:00:00Z", now)).toBe(18);
    expect(daysLeft("2026-11-30T00:00:00Z", now)).toBe(0);
    expect(daysLeft(null, now)).toBeNull();
  });
});

describe("recordingsCsv", () => {
  it("writes one row per recording with the host's name", () => {
    const rows = Papa.parse<string[]>(recordingsCsv([row({ topic: "+cmd" })], () => "Olivia Bennett")).data;
    expect(rows[0]).toEqual(["Topic", "Meeting ID", "Start (UTC)", "Duration (min)", "Host", "Files", "Total size (bytes)", "Status"]);
    expect(rows[1]).toEqual(["'+cmd", "81234567890", "2026-11-02T15:00:00Z", "45", "Olivia Bennett", "MP4 CHAT", "1234", "completed"]);
  });
});

describe("a range of the viewer's dates", () => {
  const march = { from: "2026-03-01", to: "2026-03-31" };
  const at = (startTime: string) => ({ uuid: "u", meetingId: "1", hostId: "h", topic: "t", startTime, duration: 30, totalSize: 0, fileTypes: [], status: "completed" as const, purgeAt: null });
  it("asks Zoom (UTC dates) for a day more on each side", () => {
    expect(zoomRecordingRange(march)).toEqual({ from: "2026-02-28", to: "2026-04-01" });
  });

  it("keeps what started on those dates in the viewer's zone", () => {
    // 21:00 on 31 March in New York is 1 April in UTC; 20:00 on 28 February there is 1 March in UTC.
    expect(inViewerRange(at("2026-04-01T01:00:00Z"), march, "America/New_York")).toBe(true);
    expect(inViewerRange(at("2026-03-01T01:00:00Z"), march, "America/New_York")).toBe(false);
    expect(inViewerRange(at("2026-03-01T01:00:00Z"), march, "UTC")).toBe(true);
  });
});
