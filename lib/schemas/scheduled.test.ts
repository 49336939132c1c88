import { describe, expect, it } from "vitest";
import { meetingInputSchema } from "@/lib/schemas/meeting";
import { alternativeHosts } from "@/lib/schemas/scheduled";
import { webinarInputSchema } from "@/lib/schemas/webinar";

describe("alternative hosts", () => {
  it("refuses a value that is neither an email nor a Zoom user id, naming it", () => {
    const result = alternativeHosts.safeParse(["ana@brightwave.test", "not-an-email"]);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [1], message: "“not-an-email” is not an email address." })]);
  });

  it("accepts emails and Zoom's 22-character user ids", () => {
    expect(alternativeHosts.parse(["ana@brightwave.test", "KDcuGIm1QgePTO8WbOqwIQ"])).toEqual(["ana@brightwave.test", "KDcuGIm1QgePTO8WbOqwIQ"]);
  });

  it.each([
    ["meeting", meetingInputSchema],
    ["webinar", webinarInputSchema],
  ])("the %s schema (form and route alike) puts the message on settings.alternativeHosts", (_kind, schema) => {
    const result = schema.safeParse({ settings: { alternativeHosts: ["nope"] } });
    const issue = result.error?.issues.find((i) => i.path.join(".").startsWith("settings.alternativeHosts"));
    expect(issue?.path).toEqual(["settings", "alternativeHosts", 0]);
    expect(issue?.message).toBe("“nope” is not an email address.");
  });
});

describe("how far apart occurrences may be, per kind (Zoom: meetings 99 days / 50 weeks / 10 months, webinars 90 / 12 / 3)", () => {
  const timing = (interval: number, type: "daily" | "weekly" | "monthly" = "weekly") => ({
    startDate: "2027-03-01",
    startTime: "10:00",
    timezone: "UTC",
    recurrence: { type, interval, weeklyDays: [2], monthlyMode: "day" as const, monthlyDay: 1, monthlyWeek: 1 as const, monthlyWeekDay: 2, endMode: "count" as const, endTimes: 4, endDate: "" },
  });
  it("lets a meeting repeat every 13 weeks but not a webinar, with the webinar's limit in the message", async () => {
    const { meetingUpdateSchema } = await import("@/lib/schemas/meeting");
    const { webinarUpdateSchema } = await import("@/lib/schemas/webinar");
    expect(meetingUpdateSchema.safeParse(timing(13)).success).toBe(true);
    const webinar = webinarUpdateSchema.safeParse(timing(13));
    expect(webinar.error?.issues).toEqual([expect.objectContaining({ path: ["recurrence", "interval"], message: "Zoom repeats a webinar at most every 12 weeks." })]);
    expect(webinarUpdateSchema.safeParse(timing(4, "monthly")).error?.issues[0]?.message).toBe("Zoom repeats a webinar at most every 3 months.");
    expect(webinarUpdateSchema.safeParse(timing(12)).success).toBe(true);
  });
});
