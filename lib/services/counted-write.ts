/**
 * Meeting/webinar creates and updates spend the host's daily budget of 100 (see write-budget.ts).
 * This wraps such a write: counts it on success, and when Zoom refuses it with its daily-limit 429,
 * remembers that and says so plainly, with when the limit resets.
 */
import { ApiError } from "@/lib/errors/api-error";
import { zoomErrorToApiError } from "@/lib/errors/from-zoom";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";
import { HOST_DAILY_WRITES, recordLimitHit, recordWrite, writeBudget } from "@/lib/zoom/write-budget";

/** A 429 that will not clear within a minute: a daily limit, not a per-second one. */
export function isDailyLimit(error: ZoomApiError, now = Date.now()): boolean {
  if (error.status !== 429) return false;
  if (error.details.rateLimit?.type?.toLowerCase() === "daily-limit") return true;
  const retryAt = error.details.retryAfter ? Date.parse(error.details.retryAfter) : NaN;
  return Number.isFinite(retryAt) && retryAt - now > 60_000;
}

const utc = (iso: string) => iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC");

export async function countedWrite<T>(hostKey: string | null, write: () => Promise<T>): Promise<T> {
  try {
    const result = await write();
    recordWrite(hostKey);
    return result;
  } catch (error) {
    if (!(error instanceof ZoomApiError) || !isDailyLimit(error)) throw error;
    recordLimitHit(hostKey, error.details.retryAfter ?? null);
    const { resetsAt } = writeBudget(hostKey);
    const mapped = zoomErrorToApiError(error);
    throw new ApiError(
      "rate_limited",
      `This host has reached Zoom's daily limit of ${HOST_DAILY_WRITES} meeting and webinar creates/updates. Zoom accepts changes again at ${utc(resetsAt)}.`,
      { ...mapped.extra, zoom: { ...mapped.extra.zoom!, retryAfter: resetsAt } },
    );
  }
}
