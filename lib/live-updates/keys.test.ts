import { describe, expect, it } from "vitest";
import { queryKeysFor, SUBSCRIBED_EVENTS } from "@/lib/live-updates/keys";

describe("query keys a Zoom event makes stale", () => {
  it("names one meeting's detail, the lists and home; starts and ends also the live panel", () => {
    expect(queryKeysFor("meeting.updated", "123")).toEqual([["meetings", "list"], ["meetings", "detail", "123"], ["home"]]);
    expect(queryKeysFor("webinar.started", "9")).toEqual([["webinars", "list"], ["webinars", "detail", "9"], ["home"], ["live"]]);
  });

  it("names only that meeting's or webinar's registrants", () => {
    expect(queryKeysFor("meeting.registration_approved", "123")).toEqual([["registrants", "meeting", "123"]]);
    expect(queryKeysFor("webinar.registration_created", "9")).toEqual([["registrants", "webinar", "9"]]);
  });

  it("names the recording lists and that recording", () => {
    expect(queryKeysFor("recording.trashed", "123", "uuid==")).toEqual([["recordings", "list"], ["recordings", "detail", "uuid=="]]);
  });

  it("has keys for every subscribed event and none for others", () => {
    for (const event of SUBSCRIBED_EVENTS) expect(queryKeysFor(event, "1", "u").length).toBeGreaterThan(0);
    expect(queryKeysFor("endpoint.url_validation", null)).toEqual([]);
  });
});
