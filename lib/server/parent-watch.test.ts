import { afterEach, describe, expect, it, vi } from "vitest";
import { CHECK_MS, GRACE_MS, stopWhenOrphaned } from "@/lib/server/parent-watch";

afterEach(() => {
  vi.useRealTimers();
});

describe("stopWhenOrphaned", () => {
  it("leaves a server alone while its start script lives, and stops it once it is gone", () => {
    vi.useFakeTimers();
    let parent = 4242;
    const stop = vi.fn();
    const exit = vi.fn();
    stopWhenOrphaned(4242, { currentParent: () => parent, stop, exit });

    vi.advanceTimersByTime(CHECK_MS * 10);
    expect(stop).not.toHaveBeenCalled();

    parent = 1; // re-parented to init: the start script died without stopping the server
    vi.advanceTimersByTime(CHECK_MS);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exit).not.toHaveBeenCalled();

    // A graceful stop that does not finish is cut short; the check itself does not repeat.
    vi.advanceTimersByTime(GRACE_MS);
    expect(exit).toHaveBeenCalledWith(1);
    vi.advanceTimersByTime(CHECK_MS * 10);
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
