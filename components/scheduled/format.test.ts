import { describe, expect, it } from "vitest";
import { formatMeetingId, itemStatus, matchesSearch, readWhen, scheduleKind } from "@/components/scheduled/format";

describe("meeting display helpers", () => {
  it("groups meeting ids the way Zoom prints them", () => {
    expect(formatMeetingId(85746065123)).toBe("857 4606 5123");
    expect(formatMeetingId("8574606512")).toBe("857 460 6512");
    expect(formatMeetingId(857460651)).toBe("857 460 651");
  });

  it("matches a search by topic or by a pasted meeting id with spaces", () => {
    const item = { topic: "Weekly Team Sync", id: 85746065123 };
    expect(matchesSearch(item, "team")).toBe(true);
    expect(matchesSearch(item, "857 4606 5123")).toBe(true);
    expect(matchesSearch(item, "4606")).toBe(true);
    expect(matchesSearch(item, "board")).toBe(false);
  });

  it("derives status from live state and end time", () => {
    const now = Date.parse("2026-01-01T12:00:00Z");
    expect(itemStatus({ type: 2, start_time: "2026-01-01T10:00:00Z", duration: 60 }, false, now)).toBe("ended");
    expect(itemStatus({ type: 2, start_time: "2026-01-01T11:30:00Z", duration: 60 }, false, now)).toBe("scheduled");
    expect(itemStatus({ type: 2, start_time: "2026-01-01T10:00:00Z", duration: 60 }, true, now)).toBe("live");
    expect(itemStatus({ type: 3 }, false, now)).toBe("anytime");
    expect(scheduleKind(8)).toBe("recurring");
  });

  it("reads a start in the meeting's zone first, then the viewer's when their clock differs", () => {
    // 09:00 in Berlin on 1 Jun 2027 (CEST) is 03:00 in New York (EDT).
    expect(readWhen("2027-06-01T07:00:00Z", "Europe/Berlin", "America/New_York")).toEqual({ date: "Tue, Jun 1, 2027", time: "9:00 AM GMT+2", viewer: "3:00 AM your time (EDT)" });
    expect(readWhen("2027-06-01T07:00:00Z", "Europe/Berlin", "Europe/Berlin").viewer).toBeNull();
    // Same wall clock under another name (Paris and Berlin) adds nothing.
    expect(readWhen("2027-06-01T07:00:00Z", "Europe/Berlin", "Europe/Paris").viewer).toBeNull();
    // Another day for the viewer says which.
    expect(readWhen("2027-06-01T01:00:00Z", "Europe/Berlin", "America/New_York").viewer).toBe("Mon, May 31, 9:00 PM your time (EDT)");
  });
});
