import { describe, expect, it } from "vitest";
import { describeRecurrence } from "@/lib/recurrence/describe";
import { defaultRecurrence } from "@/lib/schemas/recurrence";

describe("describeRecurrence", () => {
  it("says what a pattern does in words", () => {
    expect(describeRecurrence({ ...defaultRecurrence(), type: "weekly", interval: 2, weeklyDays: [4, 2], endTimes: 10 }, String)).toBe("Every 2 weeks on Monday and Wednesday, 10 times");
    expect(describeRecurrence({ ...defaultRecurrence(), type: "daily", endMode: "date", endDate: "2026-03-01" }, (d) => `<${d}>`)).toBe("Daily, until <2026-03-01>");
    expect(describeRecurrence({ ...defaultRecurrence(), type: "monthly", monthlyMode: "day", monthlyDay: 22, endTimes: 1 }, String)).toBe("Monthly on the 22nd, 1 time");
    expect(describeRecurrence({ ...defaultRecurrence(), type: "monthly", monthlyMode: "weekday", monthlyWeek: -1, monthlyWeekDay: 6, interval: 3, endTimes: 4 }, String)).toBe(
      "Every 3 months on the last Friday, 4 times",
    );
  });
});
