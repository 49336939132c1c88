import { describe, expect, it } from "vitest";
import { bucketMeetings } from "@/components/home/buckets";

describe("bucketMeetings", () => {
  // Wednesday 2026-03-04 10:00 in Tokyo (01:00Z).
  const now = Date.parse("2026-03-04T01:00:00Z");
  const items = [
    { id: "ended-today", start_time: "2026-03-04T00:00:00Z", duration: 30 },
    { id: "later-today", start_time: "2026-03-04T05:00:00Z", duration: 30 },
    { id: "friday", start_time: "2026-03-06T02:00:00Z", duration: 60 },
    { id: "next-monday", start_time: "2026-03-09T02:00:00Z", duration: 60 },
    { id: "utc-today-but-tokyo-tomorrow", start_time: "2026-03-04T16:00:00Z", duration: 60 },
  ];

  it("splits today from the next seven days in the viewer's zone, skipping what has ended", () => {
    const { today, week } = bucketMeetings([...items, { id: "in-two-weeks", start_time: "2026-03-18T02:00:00Z", duration: 30 }], "Asia/Tokyo", now);
    expect(today.map((i) => i.id)).toEqual(["later-today"]);
    expect(week.map((i) => i.id)).toEqual(["friday", "next-monday", "utc-today-but-tokyo-tomorrow"]);
  });

  it("counts meetings per day for four weeks, empty days included", () => {
    const { perDay } = bucketMeetings(items, "Asia/Tokyo", now);
    expect(perDay).toHaveLength(28);
    expect(perDay[0]).toEqual({ date: "2026-03-04", count: 1 });
    expect(perDay[1]).toEqual({ date: "2026-03-05", count: 1 });
    expect(perDay.find((d) => d.date === "2026-03-09")?.count).toBe(1);
    expect(perDay.reduce((sum, d) => sum + d.count, 0)).toBe(4);
  });
});
