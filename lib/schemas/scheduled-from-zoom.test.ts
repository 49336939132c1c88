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
});
