/**
 * The `Range` header of a download (RFC 9110 §14): one `bytes=` range, as browsers and download
 * clients send. A header this cannot read, or several ranges, is ignored (the full file, 200), which
 * the RFC allows; a well-formed range that misses the file is unsatisfiable (416).
 */
export type RangeRequest = { kind: "full" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

export function parseRange(header: string | null, size: number): RangeRequest {
  if (!header) return { kind: "full" };
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m || (m[1] === "" && m[2] === "")) return { kind: "full" };
  if (m[1] === "") {
    // `bytes=-n`: the last n bytes.
    const n = Number(m[2]);
    if (n === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  if (m[2] !== "" && Number(m[2]) < start) return { kind: "full" };
  if (start >= size) return { kind: "unsatisfiable" };
  const end = m[2] === "" ? size - 1 : Number(m[2]);
  return { kind: "partial", start, end: Math.min(end, size - 1) };
}
