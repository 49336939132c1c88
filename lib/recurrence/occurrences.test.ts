import { describe, expect, it } from "vitest";
import { dstNotices } from "@/lib/recurrence/dst";
import { expandRecurrence, toZoomWeekday, weekdayOfMonth } from "@/lib/recurrence/occurrences";
import { defaultRecurrence, type RecurrenceInput } from "@/lib/schemas/recurrence";
import { DateTime } from "luxon";

const rule = (patch: Partial<RecurrenceInput>): RecurrenceInput => ({ ...defaultRecurrence(), ...patch });
const localDates = (start: Parameters<typeof expandRecurrence>[0], r: RecurrenceInput) =>
  expandRecurrence(start, r).occurrences.map((o) => o.local.toFormat("yyyy-MM-dd HH:mm"));

describe("expandRecurrence", () => {
  it("repeats daily every n days and stops after end_times", () => {
    const dates = localDates({ date: "2026-01-05", time: "09:00", timezone: "UTC" }, rule({ type: "daily", interval: 2, endMode: "count", endTimes: 3 }));
    expect(dates).toEqual(["2026-01-05 09:00", "2026-01-07 09:00", "2026-01-09 09:00"]);
  });

  it("repeats weekly on the chosen days, starting from the first chosen day on or after the start", () => {
    // 2026-01-07 is a Wednesday; Mon (2) and Fri (6) chosen.
    const dates = localDates(
      { date: "2026-01-07", time: "14:30", timezone: "Europe/Berlin" },
      rule({ type: "weekly", interval: 1, weeklyDays: [2, 6], endMode: "count", endTimes: 4 }),
    );
    expect(dates).toEqual(["2026-01-09 14:30", "2026-01-12 14:30", "2026-01-16 14:30", "2026-01-19 14:30"]);
  });

  it("skips weeks by the interval, counted from the start week", () => {
    const dates = localDates({ date: "2026-01-05", time: "10:00", timezone: "UTC" }, rule({ type: "weekly", interval: 2, weeklyDays: [2], endMode: "count", endTimes: 3 }));
    expect(dates).toEqual(["2026-01-05 10:00", "2026-01-19 10:00", "2026-02-02 10:00"]);
  });

  it("repeats monthly on a day of the month, on the last day of shorter months", () => {
    const dates = localDates(
      { date: "2026-01-31", time: "08:00", timezone: "UTC" },
      rule({ type: "monthly", monthlyMode: "day", monthlyDay: 31, interval: 1, endMode: "count", endTimes: 3 }),
    );
    expect(dates).toEqual(["2026-01-31 08:00", "2026-02-28 08:00", "2026-03-31 08:00"]);
  });

  it("repeats monthly on the nth or last weekday", () => {
    const third = localDates(
      { date: "2026-01-01", time: "12:00", timezone: "UTC" },
      rule({ type: "monthly", monthlyMode: "weekday", monthlyWeek: 3, monthlyWeekDay: 5, endMode: "count", endTimes: 2 }),
    );
    expect(third).toEqual(["2026-01-15 12:00", "2026-02-19 12:00"]); // third Thursdays
    const last = localDates(
      { date: "2026-01-01", time: "12:00", timezone: "UTC" },
      rule({ type: "monthly", monthlyMode: "weekday", monthlyWeek: -1, monthlyWeekDay: 6, endMode: "count", endTimes: 2 }),
    );
    expect(last).toEqual(["2026-01-30 12:00", "2026-02-27 12:00"]); // last Fridays
  });

  it("ends on the end date inclusive and caps at Zoom's 60 occurrences", () => {
    const inclusive = localDates({ date: "2026-01-01", time: "09:00", timezone: "UTC" }, rule({ type: "daily", interval: 1, endMode: "date", endDate: "2026-01-03" }));
    expect(inclusive).toHaveLength(3);
    const capped = expandRecurrence({ date: "2026-01-01", time: "09:00", timezone: "UTC" }, rule({ type: "daily", interval: 1, endMode: "date", endDate: "2027-01-01" }));
    expect(capped.occurrences).toHaveLength(60);
    expect(capped.truncated).toBe(true);
  });

  it("keeps the wall time across a DST change, so the UTC instant moves", () => {
    const { occurrences } = expandRecurrence(
      { date: "2026-03-02", time: "09:00", timezone: "America/New_York" },
      rule({ type: "weekly", weeklyDays: [2], endMode: "count", endTimes: 2 }),
    );
    expect(occurrences.map((o) => o.startUtc)).toEqual(["2026-03-02T14:00:00Z", "2026-03-09T13:00:00Z"]);
  });

  it("marks a wall time that does not exist on spring-forward day", () => {
    const { occurrences } = expandRecurrence(
      { date: "2026-03-07", time: "02:30", timezone: "America/New_York" },
      rule({ type: "daily", interval: 1, endMode: "count", endTimes: 3 }),
    );
    expect(occurrences.map((o) => o.skippedGap)).toEqual([false, true, false]);
    expect(occurrences[1]!.local.toFormat("HH:mm")).toBe("03:30");
  });
});

describe("weekday helpers", () => {
  it("maps luxon weekdays to Zoom's Sunday-first numbering", () => {
    expect(toZoomWeekday(7)).toBe(1); // Sunday
    expect(toZoomWeekday(1)).toBe(2); // Monday
    expect(toZoomWeekday(6)).toBe(7); // Saturday
  });
  it("finds the last Sunday of March 2026", () => {
    expect(weekdayOfMonth(DateTime.fromISO("2026-03-01", { zone: "UTC" }), -1, 1).toISODate()).toBe("2026-03-29");
  });
});

describe("dstNotices", () => {
  it("says the UTC time moves when the meeting's own zone changes", () => {
    const { occurrences } = expandRecurrence(
      { date: "2026-03-02", time: "09:00", timezone: "America/New_York" },
      rule({ type: "weekly", weeklyDays: [2], endMode: "count", endTimes: 3 }),
    );
    const notices = dstNotices(occurrences, "America/New_York", "America/New_York");
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: "utc-shift", index: 1 });
    expect(notices[0]!.message).toContain("Sun, Mar 8, 2026");
    expect(notices[0]!.message).toContain("from 14:00 to 13:00 UTC");
  });

  it("says the viewer's local time moves when the zones change on different dates", () => {
    // US clocks change on Mar 8, European ones on Mar 29: for three weeks the gap is an hour shorter.
    const { occurrences } = expandRecurrence(
      { date: "2026-03-02", time: "09:00", timezone: "America/New_York" },
      rule({ type: "weekly", weeklyDays: [2], endMode: "count", endTimes: 6 }),
    );
    const notices = dstNotices(occurrences, "America/New_York", "Europe/London");
    expect(notices.map((n) => [n.kind, n.index])).toEqual([
      ["viewer-shift", 1],
      ["viewer-shift", 4],
    ]);
    expect(notices[0]!.message).toContain("1:00 PM instead of 2:00 PM");
    expect(notices[0]!.message).toContain("America/New York on Sun, Mar 8, 2026");
    expect(notices[1]!.message).toContain("Europe/London on Sun, Mar 29, 2026");
  });

  it("says nothing for a series that never crosses a change", () => {
    const { occurrences } = expandRecurrence({ date: "2026-06-01", time: "09:00", timezone: "Europe/Paris" }, rule({ type: "daily", endMode: "count", endTimes: 10 }));
    expect(dstNotices(occurrences, "Europe/Paris", "Asia/Tokyo")).toEqual([]);
  });

  it("explains a start time skipped by spring forward", () => {
    const { occurrences } = expandRecurrence(
      { date: "2026-03-08", time: "02:30", timezone: "America/New_York" },
      rule({ type: "daily", endMode: "count", endTimes: 1 }),
    );
    const notices = dstNotices(occurrences, "America/New_York", "America/New_York");
    expect(notices).toEqual([expect.objectContaining({ kind: "gap", index: 0 })]);
    expect(notices[0]!.message).toContain("3:30 AM");
  });
});
