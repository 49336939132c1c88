/**
 * A non-2xx answer from Zoom, with everything Zoom told us about it — Zoom's error, not the
 * dashboard's (that is ApiError in lib/errors/api-error.ts, which lib/errors/from-zoom.ts maps this to).
 */
import type { RateLimitInfo } from "@/lib/zoom/rate-limit";

export class ZoomApiError extends Error {
  override name = "ZoomApiError";
  constructor(
    /** HTTP status Zoom answered with (0 when Zoom could not be reached). */
    readonly status: number,
    /** Zoom's numeric error code (e.g. 124, 300, 3001), when the body had one. */
    readonly code: number | null,
    message: string,
    /** `x-zm-trackingid`, for Zoom support. */
    readonly trackingId: string | null,
    readonly details: {
      errors?: { field: string; message: string }[];
      retryAfter?: string | null;
      operation?: string;
      /** Zoom's rate-limit headers on this answer (which limit, how many left, when it resets). */
      rateLimit?: RateLimitInfo;
    } = {},
  ) {
    super(message);
  }
}

/** A failure in one line for a note beside something that otherwise worked: Zoom's message, code and tracking id. */
export function describeZoomFailure(error: unknown): string {
  if (!(error instanceof ZoomApiError)) return "Zoom could not be reached.";
  return `${error.message} (Zoom ${error.code ?? `HTTP ${error.status}`}${error.trackingId ? `, tracking id ${error.trackingId}` : ""})`;
}
