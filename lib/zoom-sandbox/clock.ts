/**
 * The sandbox clock: the host clock (or the `now` option) plus an offset that the control API
 * can move, so tests can expire codes, tokens and page tokens without waiting.
 */

export class SandboxClock {
  private offsetMs = 0;

  constructor(private readonly base: () => Date) {}

  now(): Date {
    return new Date(this.base().getTime() + this.offsetMs);
  }

  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }

  set(date: Date): void {
    this.offsetMs = date.getTime() - this.base().getTime();
  }

  get offset(): number {
    return this.offsetMs;
  }

  restore(offsetMs: number): void {
    this.offsetMs = offsetMs;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

/** ISO-8601 in UTC `Z` form without milliseconds, the way Zoom writes times. */
export function isoZ(date: Date | number): string {
  const d = typeof date === "number" ? new Date(date) : date;
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Next 00:00:00 UTC after `date`: when Zoom's daily limits reset. */
export function nextUtcMidnight(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
}
