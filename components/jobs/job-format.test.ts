import { describe, expect, it } from "vitest";
import { formatDuration, formatEta, formatRate, jobProgress, stateTone, summarySentence } from "@/components/jobs/job-format";
import type { JobView } from "@/lib/jobs/types";

const job = (over: Partial<JobView>): JobView => ({
  id: "j1",
  kind: "registrants.import",
  label: "Import 300 registrants from guests.csv",
  parent: { kind: "webinar", id: "812" },
  state: "running",
  total: 300,
  done: 0,
  failed: 0,
  skipped: 0,
  remaining: 300,
  ratePerSecond: null,
  etaSeconds: null,
  createdAt: "2026-12-01T10:00:00Z",
  startedAt: "2026-12-01T10:00:01Z",
  finishedAt: null,
  createdBy: { name: "Marcus Reyes", email: "marcus.reyes@brightwave.test" },
  error: null,
  retryOf: null,
  ...over,
});

describe("job wording", () => {
  it("states the rate per second, or per minute when slower", () => {
    expect(formatRate(12.44)).toBe("12.4 per second");
    expect(formatRate(137.6)).toBe("138 per second");
    expect(formatRate(0.5)).toBe("30 per minute");
    expect(formatRate(null)).toBeNull();
    expect(formatRate(0)).toBeNull();
  });

  it("states the time left in words", () => {
    expect(formatEta(2)).toBe("a few seconds left");
    expect(formatEta(42.4)).toBe("42 seconds left");
    expect(formatEta(60)).toBe("about 1 minute left");
    expect(formatEta(185)).toBe("about 3 minutes left");
    expect(formatEta(3900)).toBe("about 1 hour 5 minutes left");
    expect(formatEta(null)).toBeNull();
    expect(formatDuration(42_400)).toBe("42 s");
    expect(formatDuration(185_000)).toBe("3 min 5 s");
    expect(formatDuration(3_720_000)).toBe("1 h 2 min");
  });

  it("counts processed items and the share done, never past 100", () => {
    expect(jobProgress(job({ done: 100, failed: 2, skipped: 1 }))).toEqual({ processed: 103, percent: 34 });
    expect(jobProgress(job({ total: 0 }))).toEqual({ processed: 0, percent: 0 });
    expect(jobProgress(job({ total: 2, done: 3 }))).toEqual({ processed: 3, percent: 100 });
  });

  it("colours the state: running brand, clean finish green, failures or cancel amber, stopped red", () => {
    expect(stateTone(job({ state: "running" }))).toBe("brand");
    expect(stateTone(job({ state: "done" }))).toBe("success");
    expect(stateTone(job({ state: "done", failed: 1 }))).toBe("warning");
    expect(stateTone(job({ state: "cancelled" }))).toBe("warning");
    expect(stateTone(job({ state: "failed" }))).toBe("danger");
  });

  it("ends with one sentence that adds up", () => {
    const finishedAt = "2026-12-01T10:00:25Z";
    expect(summarySentence(job({ state: "running" }))).toBeNull();
    expect(summarySentence(job({ state: "done", done: 300, remaining: 0, finishedAt }))).toBe("Finished in 24 s: 300 of 300 succeeded.");
    expect(summarySentence(job({ state: "done", done: 295, skipped: 2, failed: 3, remaining: 0, finishedAt }))).toBe(
      "Finished in 24 s: 295 of 300 succeeded, 2 were already done and 3 failed. The failed ones are listed below with Zoom's reason.",
    );
    expect(summarySentence(job({ state: "cancelled", done: 120, skipped: 1, remaining: 179, finishedAt }))).toBe("Cancelled: 120 of 300 succeeded and 1 was already done; 179 were not started.");
    expect(summarySentence(job({ state: "failed", done: 10, remaining: 290, error: "The Zoom connection needs to be reconnected", finishedAt }))).toBe(
      "Stopped: The Zoom connection needs to be reconnected. 10 of 300 succeeded; 290 were not started.",
    );
  });
});
