/**
 * Meeting/webinar creates and updates spend the host's daily budget of 100 (lib/zoom/write-budget.ts).
 * This wraps such a write: counts it on success, and when Zoom refuses it with its daily-limit 429,
 * remembers that and says so plainly, with when the limit resets.
 */
import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import { zoomErrorToApiError } from "@/lib/errors/from-zoom";
import { logger } from "@/lib/server/logger";
import { writeBudgetStore, type BudgetHost } from "@/lib/services/write-budget";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";
import { HOST_DAILY_WRITES, limitResetsAt } from "@/lib/zoom/write-budget";

/** A 429 that will not clear within a minute: a daily limit, not a per-second one. */
export function isDailyLimit(error: ZoomApiError, now = Date.now()): boolean {
  if (error.status !== 429) return false;
  if (error.details.rateLimit?.type?.toLowerCase() === "daily-limit") return true;
  const retryAt = error.details.retryAfter ? Date.parse(error.details.retryAfter) : NaN;
  return Number.isFinite(retryAt) && retryAt - now > 60_000;
}

const utc = (iso: string) => iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC");

/**
 * The count is advice (other apps spend the same budget unseen), so a database hiccup while
 * counting is logged, never thrown: Zoom has already made the change, and an error here would
 * invite the user to make it twice.
 */
async function quietly(what: string, host: BudgetHost, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.warn(`write budget: could not ${what}`, { workspaceId: host.workspaceId, error: error instanceof Error ? error.message : String(error) });
  }
}

export async function countedWrite<T>(host: BudgetHost, write: () => Promise<T>): Promise<T> {
  const store = writeBudgetStore();
  try {
    const result = await write();
    await quietly("count a write", host, () => store.count(host));
    return result;
  } catch (error) {
    if (!(error instanceof ZoomApiError) || !isDailyLimit(error)) throw error;
    const resetsAt = limitResetsAt(error.details.retryAfter, new Date());
    await quietly("remember Zoom's daily limit", host, () => store.markExhausted(host, resetsAt));
    const mapped = zoomErrorToApiError(error);
    throw new ApiError(
      "rate_limited",
      `This host has reached Zoom's daily limit of ${HOST_DAILY_WRITES} meeting and webinar creates/updates. Zoom accepts changes again at ${utc(resetsAt)}.`,
      { ...mapped.extra, zoom: { ...mapped.extra.zoom!, retryAfter: resetsAt } },
    );
  }
}
