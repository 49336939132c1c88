import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { newScheduleDefaults } from "@/components/scheduled/defaults";
import { isKnownZone, isLocalDate, isLocalTime, localToUtcIso } from "@/components/scheduled/local-time";
import { localToInstant } from "@/lib/schemas/common";

describe("local wall times on Intl", () => {
  const cases: [string, string, string][] = [
    ["2027-06-01", "09:00", "Europe/Berlin"],
    ["2027-01-15", "23:30", "America/New_York"],
    // Spring-forward gaps: the time does not exist and moves forward.
    ["2027-03-28", "02:30", "Europe/Berlin"],
    ["2027-03-14", "02:15", "America/New_York"],
    // Autumn overlaps: the time happens twice.
    ["2027-10-31", "02:30", "Europe/Berlin"],
    ["2027-11-07", "01:30", "America/New_York"],
    ["2027-04-04", "02:30", "Australia/Lord_Howe"],
    ["2027-06-01", "00:00", "Asia/Kathmandu"],
    ["2027-12-31", "23:59", "Pacific/Kiritimati"],
  ];

  it.each(cases)("reads %s %s in %s as the server does (luxon)", (date, time, zone) => {
    expect(localToUtcIso(date, time, zone)).toBe(localToInstant(date, time, zone).toUTC().toISO());
  });

  it("takes the offset the zone has today for a time that happens twice, as luxon does", () => {
    const inWinter = Date.parse("2027-01-10T12:00:00Z");
    const inSummer = Date.parse("2027-07-10T12:00:00Z");
    expect(localToUtcIso("2027-11-07", "01:30", "America/New_York", inWinter)).toBe("2027-11-07T06:30:00.000Z");
    expect(localToUtcIso("2027-11-07", "01:30", "America/New_York", inSummer)).toBe("2027-11-07T05:30:00.000Z");
  });

  it("checks dates, times and zones the way the form's schema does", () => {
    expect(isLocalDate("2027-02-28")).toBe(true);
    expect(isLocalDate("2027-02-29")).toBe(false);
    expect(isLocalDate("2027-2-28")).toBe(false);
    expect(isLocalTime("23:59")).toBe(true);
    expect(isLocalTime("24:00")).toBe(false);
    expect(isKnownZone("Europe/Berlin")).toBe(true);
    expect(isKnownZone("Mars/Olympus")).toBe(false);
    expect(isKnownZone("")).toBe(false);
  });

  it("starts a new item at the next half hour, at least 15 minutes away, in the viewer's zone", () => {
    const at = (iso: string) => Date.parse(iso);
    // 09:10 in Berlin (CEST) → 09:30; 09:20 → 10:00 (09:30 is only 10 minutes away); 09:40 → 10:00.
    expect(newScheduleDefaults("Europe/Berlin", at("2027-06-01T07:10:00Z"))).toMatchObject({ startDate: "2027-06-01", startTime: "09:30", timezone: "Europe/Berlin" });
    expect(newScheduleDefaults("Europe/Berlin", at("2027-06-01T07:20:30Z"))).toMatchObject({ startTime: "10:00" });
    expect(newScheduleDefaults("Europe/Berlin", at("2027-06-01T07:40:00Z"))).toMatchObject({ startTime: "10:00" });
    // Late evening in New York is already tomorrow in UTC; the date is New York's.
    expect(newScheduleDefaults("America/New_York", at("2027-06-02T02:50:00Z"))).toMatchObject({ startDate: "2027-06-01", startTime: "23:30" });
  });

  it("agrees with the luxon rule it replaced, minute by minute across an hour", () => {
    for (let minute = 0; minute < 60; minute++) {
      const now = DateTime.fromISO(`2027-06-01T09:${String(minute).padStart(2, "0")}:00`, { zone: "Asia/Kathmandu" });
      let start = now.startOf("hour").plus({ minutes: now.minute < 30 ? 30 : 60 });
      if (start.diff(now, "minutes").minutes < 15) start = start.plus({ minutes: 30 });
      expect(newScheduleDefaults("Asia/Kathmandu", now.toMillis())).toMatchObject({ startDate: start.toFormat("yyyy-MM-dd"), startTime: start.toFormat("HH:mm") });
    }
  });
});
