/**
 * The dashboard's own errors: a closed set of codes and one code → status table. Thrown from any
 * server layer (services, auth, the vault) and rendered by the route wrapper (lib/api/route.ts), so
 * it lives below all of them; lib/zoom may import it too. Zoom's own failures are ZoomApiError
 * (lib/zoom/zoom-api-error.ts), turned into one of these by lib/errors/from-zoom.ts.
 */
export const apiErrorStatus = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  zoom_error: 502,
  zoom_unavailable: 503,
  needs_reconnect: 409,
  not_configured: 503,
  internal: 500,
} as const;

export type ApiErrorCode = keyof typeof apiErrorStatus;

export interface FieldIssue {
  /** Dotted path of the field, e.g. `settings.waiting_room` or `recurrence.end_times`. */
  field: string;
  message: string;
}

/** The Zoom side of an error, as Zoom reported it. */
export interface ZoomErrorInfo {
  status: number;
  code: number | null;
  message: string;
  trackingId: string | null;
  retryAfter?: string | null;
}

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fields?: FieldIssue[]; zoom?: ZoomErrorInfo };
}

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: { fields?: FieldIssue[]; zoom?: ZoomErrorInfo; status?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }

  get status(): number {
    return this.extra.status ?? apiErrorStatus[this.code];
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, fields: this.extra.fields, zoom: this.extra.zoom } };
  }
}
