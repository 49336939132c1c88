/**
 * Matching request paths against OpenAPI-style patterns (`/meetings/{meetingId}/status`).
 * Literal segments beat parameters, so `/users/{userId}/meetings` wins over a hypothetical
 * `/users/{userId}/{anything}`.
 */
import type { HttpMethod } from "./types";

export interface Compiled<T> {
  def: T;
  method: HttpMethod;
  segments: string[];
  literals: number;
}

export function splitPath(path: string): string[] {
  return path.split("/").filter((s) => s.length > 0);
}

export function compile<T extends { method: HttpMethod; path: string }>(defs: T[]): Compiled<T>[] {
  return defs
    .map((def) => {
      const segments = splitPath(def.path);
      return { def, method: def.method, segments, literals: segments.filter((s) => !s.startsWith("{")).length };
    })
    .sort((a, b) => b.literals - a.literals);
}

export type MatchResult<T> =
  | { kind: "match"; route: Compiled<T>; params: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: HttpMethod[] }
  | { kind: "none" };

/**
 * Finds the route for `method` and raw (still percent-encoded) path segments. Each parameter is
 * decoded exactly once, so a double-encoded UUID reaches the handler still encoded once.
 */
export function match<T>(table: Compiled<T>[], method: string, rawSegments: string[]): MatchResult<T> {
  const allowed: HttpMethod[] = [];
  for (const route of table) {
    if (route.segments.length !== rawSegments.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < route.segments.length && ok; i++) {
      const pattern = route.segments[i];
      const raw = rawSegments[i];
      if (pattern.startsWith("{")) {
        let value = raw;
        try {
          value = decodeURIComponent(raw);
        } catch {
          // keep the raw segment
        }
        // Zoom's gateway turns a once-encoded `%2F` back into a path separator, so a UUID that
        // starts with `/` or contains `//` only reaches the operation when double-encoded.
        if (value.includes("/")) ok = false;
        params[pattern.slice(1, -1)] = value;
      } else if (pattern !== raw) {
        ok = false;
      }
    }
    if (!ok) continue;
    if (route.method === method) return { kind: "match", route, params };
    allowed.push(route.method);
  }
  return allowed.length ? { kind: "method-not-allowed", allowed } : { kind: "none" };
}
