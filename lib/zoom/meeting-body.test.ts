import { describe, expect, it } from "vitest";
import { meetingCreateBody, meetingUpdateBody } from "@/lib/zoom/meeting-body";
import type { MeetingInput } from "@/lib/schemas/meeting";

const input: MeetingInput = {
  topic: "From template",
  agenda: "",
  startDate: "2027-03-01",
  startTime: "09:00",
  timezone: "Europe/Berlin",
  duration: 30,
  passcode: "",
  recurrence: null,
  scheduleFor: "",
  templateId: "tmpl1",
  settings: { waitingRoom: false, joinBeforeHost: false, jbhTime: 0, muteUponEntry: true, hostVideo: true, participantVideo: false, autoRecording: "cloud", approvalType: 2, registrationType: 1, alternativeHosts: [] },
};

describe("meetingCreateBody with a template", () => {
  it("sends only the settings the person changed, as Zoom names them, so the template's apply to the rest", () => {
    expect(meetingCreateBody({ ...input, templateOverrides: ["waitingRoom", "autoRecording"] }).settings).toEqual({ waiting_room: false, auto_recording: "cloud" });
  });

  it("sends no settings when nothing was changed, and all of them without a template", () => {
    expect(meetingCreateBody(input)).not.toHaveProperty("settings");
    expect(Object.keys(meetingCreateBody({ ...input, templateId: "" }).settings as object)).toContain("mute_upon_entry");
  });
});

describe("meetingUpdateBody: registration_type", () => {
  const settings = { ...input.settings, approvalType: 0 as const, registrationType: 3 as const };
  it("keeps a settings-only change of a series' registration type (timing unchanged, so left out)", () => {
    expect((meetingUpdateBody({ settings }).settings as Record<string, unknown>).registration_type).toBe(3);
  });

  it("leaves it out when the edit turns the series into a one-off, or registration is off", () => {
    const oneOff = { startDate: "2027-03-01", startTime: "09:00", timezone: "Europe/Berlin", recurrence: null };
    expect(meetingUpdateBody({ ...oneOff, settings }).settings).not.toHaveProperty("registration_type");
    expect(meetingUpdateBody({ settings: { ...settings, approvalType: 2 } }).settings).not.toHaveProperty("registration_type");
  });
});

describe("alternative hosts, as Zoom documents each kind", () => {
  it("joins a meeting's with semicolons and a webinar's with commas", async () => {
    const { webinarCreateBody } = await import("@/lib/zoom/webinar-body");
    const hosts = ["a@example.com", "b@example.com"];
    expect((meetingCreateBody({ ...input, templateId: "", settings: { ...input.settings, alternativeHosts: hosts } }).settings as Record<string, unknown>).alternative_hosts).toBe("a@example.com;b@example.com");
    const webinar = webinarCreateBody({ ...input, templateId: "", settings: { panelistsVideo: false, hostVideo: true, practiceSession: false, hdVideo: false, questionAndAnswer: false, autoRecording: "none", approvalType: 2, registrationType: 1, alternativeHosts: hosts } } as never);
    expect((webinar.settings as Record<string, unknown>).alternative_hosts).toBe("a@example.com,b@example.com");
  });
});
