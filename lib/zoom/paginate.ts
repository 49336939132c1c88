/**
 * Following Zoom's `next_page_token` (NOTES §4): the token expires after 15 minutes and must be sent
 * with the same `page_size`; an empty string (or a missing field) means the last page. Clients that
 * stop at the first page silently miss data — so the helpers here either hand the token back to the
 * caller (one page per dashboard request) or walk every page.
 */
import { zoomFetch, type QueryValue } from "@/lib/zoom/client";
import type { ZoomContext } from "@/lib/zoom/context";

export interface ZoomPageFields {
  next_page_token?: string;
  page_size?: number;
  total_records?: number;
}

export interface PageRequest {
  operation: string;
  query?: Record<string, QueryValue>;
  pageSize: number;
}

/** `""` and absent both mean "no more pages"; normalise to null. */
export function nextToken(page: ZoomPageFields): string | null {
  return page.next_page_token ? page.next_page_token : null;
}

/** Yields every page of a Zoom list, following `next_page_token` until Zoom says there is no more. */
export async function* zoomPages<P extends ZoomPageFields>(ctx: ZoomContext, path: string, request: PageRequest): AsyncGenerator<P> {
  let token: string | null = null;
  const seen = new Set<string>();
  do {
    const { data }: { data: P } = await zoomFetch<P>(ctx, path, {
      operation: request.operation,
      query: { ...request.query, page_size: request.pageSize, next_page_token: token },
    });
    yield data;
    token = nextToken(data);
    // A server that hands back a token it already gave would loop forever; stop instead.
    if (token && seen.has(token)) token = null;
    if (token) seen.add(token);
  } while (token);
}

/**
 * Collects `key` from every page, up to `maxItems` (then `truncated` is true so the UI can say so
 * instead of pretending it has everything).
 */
export async function collectAll<P extends ZoomPageFields, K extends keyof P>(
  ctx: ZoomContext,
  path: string,
  key: K,
  request: PageRequest & { maxItems?: number },
): Promise<{ items: P[K] extends (infer I)[] | undefined ? I[] : never; total: number | null; truncated: boolean }> {
  const items: unknown[] = [];
  let total: number | null = null;
  const max = request.maxItems ?? Infinity;
  for await (const page of zoomPages<P>(ctx, path, request)) {
    total = page.total_records ?? total;
    const chunk = (page[key] as unknown[] | undefined) ?? [];
    items.push(...chunk);
    if (items.length >= max) {
      const truncated = items.length > max || nextToken(page) !== null;
      return { items: items.slice(0, max) as never, total, truncated };
    }
  }
  return { items: items as never, total, truncated: false };
}
