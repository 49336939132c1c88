import { describe, expect, it } from "vitest";
import { meetingToInput, webinarToInput } from "@/lib/schemas/scheduled-from-zoom";

/** What Zoom returns for any scheduled item; each case adds its kind's fields. */
const item = { id: 81234567890, host_id: "h", topic: "Launch" };

describe("Zoom objects → edit-form values", () => {
  it("shows a webinar's start in its own zone, its own settings and the shared ones", () => {
    const input = webinarToInput(
      {
        ...item,
        type: 5,
        start_time: "2027-03-01T08:00:00Z",
        timezone: "Europe/Berlin",
        duration: 90,
        settings: { panelists_video: true, question_and_answer: { enable: true }, approval_type: 0, alternative_hosts: "a@example.com; b@example.com" },
      },
      "UTC",
    );
    expect(input).toMatchObject({ topic: "Launch", startDate: "2027-03-01", startTime: "09:00", timezone: "Europe/Berlin", duration: 90, recurrence: null });
    expect(input.settings).toMatchObject({ panelistsVideo: true, questionAndAnswer: true, hdVideo: false, approvalType: 0, alternativeHosts: ["a@example.com", "b@example.com"] });
  });

  it("edits one occurrence of a fixed-time series at that occurrence’s time (New York is still on EST on 9 March), with the series' pattern", () => {
    const input = meetingToInput(
      { ...item, type: 8, timezone: "America/New_York", duration: 15, recurrence: { type: 2, repeat_interval: 1, weekly_days: "2", end_times: 4 } },
      "UTC",
      { occurrence_id: "1", start_time: "2027-03-09T14:00:00Z", duration: 20 },
    );
    expect(input).toMatchObject({ startDate: "2027-03-09", startTime: "09:00", duration: 20 });
    expect(input.recurrence).toMatchObject({ type: "weekly", weeklyDays: [2] });
    expect(input.settings).toMatchObject({ waitingRoom: false, approvalType: 2, alternativeHosts: [] });
  });

  it("a series partly run shows the occurrences left, so re-timing it does not make it longer", () => {
    const weekly = { ...item, type: 8 as const, timezone: "UTC", duration: 30, recurrence: { type: 2 as const, repeat_interval: 1, weekly_days: "2", end_times: 10 } };
    const upcoming = ["2027-03-09", "2027-03-16", "2027-03-23", "2027-03-30"].map((day, i) => ({ occurrence_id: String(i), start_time: `${day}T10:00:00Z`, duration: 30, status: i === 1 ? ("deleted" as const) : ("available" as const) }));
    // Six behind it: Zoom's start is the next occurrence and four are listed (a deleted one still holds its place).
    expect(meetingToInput({ ...weekly, start_time: "2027-03-09T10:00:00Z", occurrences: upcoming }, "UTC").recurrence?.endTimes).toBe(4);
    // Nothing run yet: all ten listed.
    const all = Array.from({ length: 10 }, (_, i) => ({ occurrence_id: String(i), start_time: new Date(Date.UTC(2027, 2, 9 + 7 * i, 10)).toISOString(), duration: 30, status: "available" as const }));
    expect(meetingToInput({ ...weekly, start_time: "2027-03-09T10:00:00Z", occurrences: all }, "UTC").recurrence?.endTimes).toBe(10);
    // A start that is not the first listed occurrence: the answer is not shaped that way, the total stands.
    expect(meetingToInput({ ...weekly, start_time: "2027-01-05T10:00:00Z", occurrences: upcoming }, "UTC").recurrence?.endTimes).toBe(10);
  });
});
