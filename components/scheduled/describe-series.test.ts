import { describe, expect, it } from "vitest";
import { describeSeries } from "@/components/scheduled/describe-series";
import { defaultRecurrence } from "@/lib/schemas/recurrence";

describe("describeSeries", () => {
  const weekly = { ...defaultRecurrence(), type: "weekly" as const, weeklyDays: [4], endMode: "date" as const };

  it("writes a series' end date like every other date, never raw", () => {
    expect(describeSeries({ ...weekly, endDate: "2027-06-30" })).toBe("Weekly on Wednesday, until Wed, Jun 30, 2027");
  });

  it("keeps the calendar day on a daylight-saving change day", () => {
    expect(describeSeries({ ...weekly, endDate: "2027-03-28" })).toBe("Weekly on Wednesday, until Sun, Mar 28, 2027");
  });

  it("shows a half-typed or impossible date as typed", () => {
    expect(describeSeries({ ...weekly, endDate: "2027-02-30" })).toBe("Weekly on Wednesday, until 2027-02-30");
    expect(describeSeries({ ...weekly, endDate: "2027-06" })).toBe("Weekly on Wednesday, until 2027-06");
  });
});
