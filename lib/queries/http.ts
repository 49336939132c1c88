/**
 * The browser's side of /api/zoom: one fetch helper whose failures keep everything the route
 * said — our error code, the message, per-field issues and Zoom's own code, message and tracking
 * id — so forms can place field errors and toasts can show what Zoom support will ask for.
 */
import type { ApiErrorBody, ApiErrorCode, FieldIssue, ZoomErrorInfo } from "@/lib/errors/api-error";

export class ApiClientError extends Error {
  override name = "ApiClientError";
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: FieldIssue[] = [],
    readonly zoom: ZoomErrorInfo | null = null,
  ) {
    super(message);
  }
}

export interface ApiInit {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  body?: unknown;
  query?: Record<string, string | number | boolean | null | undefined>;
  signal?: AbortSignal;
}

/** `path?query` with empty values left out. */
export function withQuery(path: string, query?: ApiInit["query"]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function apiFetch<T>(path: string, init: ApiInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(withQuery(path, init.query), {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiClientError(0, "internal", "The dashboard could not be reached. Check your connection and try again.");
  }
  if (response.status === 204) return undefined as T;
  if (!response.ok) throw await responseError(response);
  return (await response.json().catch(() => null)) as T;
}

/** A failed answer of the dashboard's API as an ApiClientError, Zoom's code, message and tracking id kept. */
export async function responseError(response: Response): Promise<ApiClientError> {
  const error = ((await response.json().catch(() => null)) as ApiErrorBody | null)?.error;
  return new ApiClientError(response.status, error?.code ?? "internal", error?.message ?? `The server answered ${response.status}.`, error?.fields ?? [], error?.zoom ?? null);
}

/**
 * Runs a mutation and then its follow-up (toast, close, field errors) even if the calling component
 * unmounted meanwhile. TanStack Query skips `mutate(vars, { onSuccess })` callbacks of an unmounted
 * component, and a successful mutation often unmounts the very button that started it (the query it
 * invalidates re-renders the card without it) — so the user's confirmation toast would be lost.
 */
export function runMutation<TData, TVariables>(
  mutation: { mutateAsync(variables: TVariables): Promise<TData> },
  variables: TVariables,
  handlers: { onSuccess?: (data: TData) => void; onError?: (error: Error) => void; onSettled?: () => void } = {},
): void {
  mutation
    .mutateAsync(variables)
    .then(handlers.onSuccess, (error: unknown) => handlers.onError?.(error instanceof Error ? error : new Error(String(error))))
    .finally(handlers.onSettled);
}
