/**
 * One shared promise per key within this process: concurrent callers of `run(key, work)` wait for
 * the same `work()` instead of starting their own. Cross-process exclusion is the database lock's
 * job (lib/auth/vault/renew.ts); this keeps a burst of requests in one process to one lock waiter.
 */
export interface SingleFlight<T> {
  run(key: string, work: () => Promise<T>): Promise<T>;
  /** Keys with work in flight (for tests and diagnostics). */
  pending(): number;
}

export function createSingleFlight<T>(): SingleFlight<T> {
  const inflight = new Map<string, Promise<T>>();
  return {
    run(key, work) {
      const existing = inflight.get(key);
      if (existing) return existing;
      // Deleted when settled (success or failure) so the next caller after a failure tries afresh.
      const promise = Promise.resolve()
        .then(work)
        .finally(() => inflight.delete(key));
      inflight.set(key, promise);
      return promise;
    },
    pending: () => inflight.size,
  };
}
