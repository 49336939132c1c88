import { describe, expect, it } from "vitest";
import { thirdPartyCaptionsAllowed } from "@/lib/zoom/live";

describe("thirdPartyCaptionsAllowed (GET /users/{userId}/settings, Zoom's schema)", () => {
  it("reads the caption API token setting inside in_meeting", () => {
    expect(thirdPartyCaptionsAllowed({ in_meeting: { closed_caption: true, closed_captioning: { enable: true, third_party_captioning_service: true } } })).toBe(true);
    expect(thirdPartyCaptionsAllowed({ in_meeting: { closed_caption: true, closed_captioning: { enable: true, third_party_captioning_service: false } } })).toBe(false);
    expect(thirdPartyCaptionsAllowed({ in_meeting: { closed_caption: false, closed_captioning: { third_party_captioning_service: true } } })).toBe(false);
  });

  it("falls back to the older manual_captioning group", () => {
    expect(thirdPartyCaptionsAllowed({ in_meeting: { manual_captioning: { manual_captions: true, third_party_captioning_service: true } } })).toBe(true);
  });

  it("says nothing when the answer has no caption settings at all", () => {
    expect(thirdPartyCaptionsAllowed({ recording: { cloud_recording: true } })).toBeNull();
  });
});
