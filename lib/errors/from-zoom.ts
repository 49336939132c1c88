/**
 * How a Zoom failure (ZoomApiError) is shown to the dashboard's browser as an ApiError: Zoom's code,
 * message and tracking id kept. Used by the route wrapper and by services that rephrase a Zoom error.
 */
import { ApiError, type ApiErrorCode } from "@/lib/errors/api-error";
import type { ZoomApiError } from "@/lib/zoom/zoom-api-error";

export function zoomErrorToApiError(error: ZoomApiError): ApiError {
  const zoom = { status: error.status, code: error.code, message: error.message, trackingId: error.trackingId, retryAfter: error.details.retryAfter ?? null };
  const fields = error.details.errors?.map((issue) => ({ field: issue.field, message: issue.message }));
  let code: ApiErrorCode;
  let status: number;
  if (error.status === 0) [code, status] = ["zoom_unavailable", 503];
  else if (error.status === 401) [code, status] = ["needs_reconnect", 409];
  else if (error.status === 400 && error.code === 4711) [code, status] = ["forbidden", 403];
  else if (error.status === 429) [code, status] = ["rate_limited", 429];
  else if (error.status === 404) [code, status] = ["not_found", 404];
  else if (error.status === 409) [code, status] = ["conflict", 409];
  else if (error.status === 403) [code, status] = ["forbidden", 403];
  else if (error.status >= 400 && error.status < 500) [code, status] = [fields?.length ? "validation_failed" : "bad_request", 400];
  else [code, status] = ["zoom_error", 502];
  const headers: Record<string, string> = {};
  if (status === 429 && error.details.retryAfter) headers["Retry-After"] = error.details.retryAfter;
  // No answer at all: our own sentence about Zoom, not a message from Zoom.
  const message = error.status === 0 ? error.message : `Zoom: ${error.message}`;
  return new ApiError(code, message, { zoom, fields, status, headers });
}
