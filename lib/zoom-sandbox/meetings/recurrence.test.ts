import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { expandRecurrence } from "./recurrence";

const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");
const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat("ccc yyyy-MM-dd HH:mm");

describe("expandRecurrence", () => {
  it("keeps the wall-clock time across a DST switch (New York, March 2027)", () => {
    const out = expandRecurrence("2027-03-01T14:00:00Z", "America/New_York", { type: 2, weekly_days: "2", end_times: 4 });
    expect(out.map(iso)).toEqual(["2027-03-01T14:00:00Z", "2027-03-08T14:00:00Z", "2027-03-15T13:00:00Z", "2027-03-22T13:00:00Z"]);
    expect(out.map((ms) => local(ms, "America/New_York"))).toEqual([
      "Mon 2027-03-01 09:00",
      "Mon 2027-03-08 09:00",
      "Mon 2027-03-15 09:00",
      "Mon 2027-03-22 09:00",
    ]);
  });

  it("keeps the wall-clock time across the autumn switch in Berlin, daily", () => {
    const out = expandRecurrence("2027-10-29T08:00:00Z", "Europe/Berlin", { type: 1, end_times: 4 });
    expect(out.map((ms) => local(ms, "Europe/Berlin"))).toEqual([
      "Fri 2027-10-29 10:00",
      "Sat 2027-10-30 10:00",
      "Sun 2027-10-31 10:00",
      "Mon 2027-11-01 10:00",
    ]);
    expect(iso(out[3])).toBe("2027-11-01T09:00:00Z");
  });

  it("expands several weekdays every other week, starting on or after the first day", () => {
    const out = expandRecurrence("2027-01-06T15:00:00Z", "UTC", { type: 2, weekly_days: "2,4", repeat_interval: 2, end_times: 4 });
    // 2027-01-06 is a Wednesday: that week's Monday is already past.
    expect(out.map((ms) => local(ms, "UTC"))).toEqual(["Wed 2027-01-06 15:00", "Mon 2027-01-18 15:00", "Wed 2027-01-20 15:00", "Mon 2027-02-01 15:00"]);
  });

  it("monthly by day falls back to the month's last day for short months", () => {
    const out = expandRecurrence("2027-01-31T09:00:00Z", "UTC", { type: 3, monthly_day: 31, end_times: 3 });
    expect(out.map(iso)).toEqual(["2027-01-31T09:00:00Z", "2027-02-28T09:00:00Z", "2027-03-31T09:00:00Z"]);
  });

  it("monthly by week: first Monday, and the last Friday (-1)", () => {
    const first = expandRecurrence("2027-01-01T12:00:00Z", "UTC", { type: 3, monthly_week: 1, monthly_week_day: 2, end_times: 3 });
    expect(first.map((ms) => local(ms, "UTC"))).toEqual(["Mon 2027-01-04 12:00", "Mon 2027-02-01 12:00", "Mon 2027-03-01 12:00"]);
    const last = expandRecurrence("2027-01-01T12:00:00Z", "UTC", { type: 3, monthly_week: -1, monthly_week_day: 6, end_times: 2 });
    expect(last.map((ms) => local(ms, "UTC"))).toEqual(["Fri 2027-01-29 12:00", "Fri 2027-02-26 12:00"]);
  });

  it("stops at end_date_time and never exceeds 60 occurrences", () => {
    const until = expandRecurrence("2027-01-01T12:00:00Z", "UTC", { type: 1, end_date_time: "2027-01-05T12:00:00Z" });
    expect(until).toHaveLength(5);
    const capped = expandRecurrence("2027-01-01T12:00:00Z", "UTC", { type: 1, end_date_time: "2028-01-01T00:00:00Z" });
    expect(capped).toHaveLength(60);
  });

  it("defaults to a single occurrence when neither end is given (Zoom's end_times default 1)", () => {
    expect(expandRecurrence("2027-01-01T12:00:00Z", "UTC", { type: 1 })).toHaveLength(1);
  });
});
