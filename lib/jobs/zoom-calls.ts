/**
 * How every job calls Zoom: paced through the shared per-second schedule (lib/jobs/pace.ts), a 429
 * pushing that schedule back; which failures are worth another try later; and Zoom's refusal of one
 * item as the job report shows it.
 */
import { env } from "@/lib/env";
import { zoomErrorToApiError } from "@/lib/errors/from-zoom";
import { paceKey, pushBack, jobRate, reserveSlot, type RateLabel } from "@/lib/jobs/pace";
import type { JobRunContext } from "@/lib/jobs/runner";
import type { ItemOutcome } from "@/lib/jobs/store";
import { parseRetryAt } from "@/lib/zoom/rate-limit";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";

/** A per-second 429 whose wait is at most this is waited out; longer (daily limits) fails the item. */
const MAX_PACE_WAIT_MS = 60_000;
/** An item is tried at most this many times (timeouts, lost answers) before it fails. */
export const MAX_ATTEMPTS = 5;

/** When a 429 says to come back (Retry-After or the rate-limit reset), if it says. */
const retryAt = (error: ZoomApiError) => parseRetryAt(error.details.retryAfter ?? error.details.rateLimit?.resetsAt ?? null);

export async function paced<T>(run: JobRunContext, label: RateLabel, call: () => Promise<T>): Promise<T> {
  const key = paceKey(run.job.workspaceId, label);
  await reserveSlot(key, jobRate(env.ZOOM_ACCOUNT_PLAN, label));
  try {
    return await call();
  } catch (error) {
    if (error instanceof ZoomApiError && error.status === 429) {
      const until = retryAt(error) ?? new Date(Date.now() + 1000);
      if (until.getTime() - Date.now() <= MAX_PACE_WAIT_MS) await pushBack(key, until);
    }
    throw error;
  }
}

/** Zoom's refusal of one item, as the job report shows it. */
export function failure(error: unknown): ItemOutcome {
  if (error instanceof ZoomApiError) {
    const api = zoomErrorToApiError(error);
    return { state: "failed", error: { code: api.code, message: error.message, zoomCode: error.code, trackingId: error.trackingId } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { state: "failed", error: { code: "internal", message, zoomCode: null, trackingId: null } };
}

/** A wait-and-retry answer (per-second 429) or a lost one (timeout, unreachable): try the item again later. */
export function retryable(error: unknown): boolean {
  if (!(error instanceof ZoomApiError)) return false;
  if (error.status === 0 || error.status >= 500) return true;
  if (error.status !== 429) return false;
  const until = retryAt(error);
  return !until || until.getTime() - Date.now() <= MAX_PACE_WAIT_MS;
}
