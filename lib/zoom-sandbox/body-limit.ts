/**
 * Every request body is read through a byte limit before anything parses it. A declared
 * Content-Length over the limit is refused without reading a byte; a body without one is counted
 * while it streams and abandoned at the limit, so a 200 MB upload costs at most `limit` bytes.
 */
import { zoomError } from "./http";

export type Bounded = { ok: true; req: Request } | { ok: false; response: Response };

function tooLarge(limit: number): Bounded {
  // Tell keep-alive clients the rest of their upload will not be read on this connection.
  const response = zoomError(413, 413, `Request entity too large: the body may be at most ${limit} bytes.`, undefined, { connection: "close" });
  return { ok: false, response };
}

/** `req` with its body read into memory, or a 413 once it is known to exceed `limit` bytes. */
export async function boundBody(req: Request, limit: number): Promise<Bounded> {
  if (!req.body) return { ok: true, req };
  const declared = Number(req.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Cancelling would tear the connection down before the 413 is written; the host drains or closes it.
      reader.releaseLock();
      return tooLarge(limit);
    }
    chunks.push(value);
  }
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  const body = total ? Buffer.concat(chunks) : undefined;
  return { ok: true, req: new Request(req.url, { method: req.method, headers, body, signal: req.signal }) };
}
