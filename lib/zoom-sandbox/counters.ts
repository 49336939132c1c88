/**
 * Call counters for tests: token grants by grant_type and REST calls by operationId, so a test
 * can assert "the dashboard refreshed once" or "the list was served from cache".
 */

export interface Counters {
  grants: Record<string, number>;
  calls: Record<string, number>;
}

export function emptyCounters(): Counters {
  return { grants: {}, calls: {} };
}

export function bump(bucket: Record<string, number>, key: string): void {
  bucket[key] = (bucket[key] ?? 0) + 1;
}

/** Empties the counters in place, so references held by callers stay live. */
export function clearCounters(counters: Counters): void {
  for (const key of Object.keys(counters.grants)) delete counters.grants[key];
  for (const key of Object.keys(counters.calls)) delete counters.calls[key];
}
