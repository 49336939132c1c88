/**
 * Reading a recording file from Zoom as a stream: `download_url` with the token in an
 * `Authorization: Bearer` header — never in a URL — and the browser's `Range` passed through, so a
 * player can seek and nothing is held in memory. Zoom answers a download with a redirect to its
 * storage; the redirect is followed here, on the server, and the bearer is sent only to Zoom's own
 * host. A stale token (401/124) is renewed once, as for every other Zoom call.
 */
import "server-only";
import type { Readable } from "node:stream";
import { Agent, request } from "undici";
import type { ZoomContext } from "@/lib/zoom/context";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";

export interface DownloadAnswer {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  body: Readable;
}

const holder = globalThis as unknown as { __zoomDownloadAgent?: Agent };

/**
 * Its own pool: downloads are long, and must not hold the API pool's sockets. Waiting for headers is
 * bounded; a body may take as long as it takes, as long as bytes keep coming (60 s of silence ends it).
 */
function agent(): Agent {
  holder.__zoomDownloadAgent ??= new Agent({ keepAliveTimeout: 30_000, connections: 32, headersTimeout: 30_000, bodyTimeout: 60_000, connect: { timeout: 10_000 } });
  return holder.__zoomDownloadAgent;
}

/** What the browser may see of the answer. */
const PASSED_HEADERS = ["content-type", "content-length", "content-range", "accept-ranges", "last-modified", "etag"];

const header = (raw: Record<string, string | string[] | undefined>, name: string) => {
  const value = raw[name];
  return Array.isArray(value) ? value[0] : value;
};

export async function openDownload(ctx: ZoomContext, downloadUrl: string, range: string | null): Promise<DownloadAnswer> {
  // Origins, not hosts: a redirect from https to plain http on the same host must not carry the token.
  const trusted = new Set([new URL(ctx.apiBaseUrl).origin, new URL(downloadUrl).origin]);
  let token = await ctx.tokens.get();
  let renewed = false;
  let url = downloadUrl;
  for (let hop = 0; hop < 5; hop++) {
    const sameHost = trusted.has(new URL(url).origin);
    const res = await request(url, {
      dispatcher: agent(),
      method: "GET",
      headers: { ...(sameHost ? { authorization: `Bearer ${token}` } : {}), ...(range ? { range } : {}), accept: "*/*" },
    }).catch((error: Error) => {
      throw new ZoomApiError(0, null, `Zoom could not be reached for the download (${error.message}).`, null, { operation: "recordingDownload" });
    });
    if (res.statusCode >= 300 && res.statusCode < 400 && header(res.headers, "location")) {
      await res.body.dump();
      url = new URL(header(res.headers, "location")!, url).toString();
      continue;
    }
    if (res.statusCode === 200 || res.statusCode === 206 || res.statusCode === 416) {
      const headers: Record<string, string> = {};
      for (const name of PASSED_HEADERS) {
        const value = header(res.headers, name);
        if (value) headers[name] = value;
      }
      return { status: res.statusCode, headers, body: res.body };
    }
    const text = await res.body.text().catch(() => "");
    let parsed: { code?: number; message?: string } = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      // Storage errors are not JSON; the status says enough.
    }
    if (res.statusCode === 401 && parsed.code === 124 && !renewed) {
      renewed = true;
      token = await ctx.tokens.renew(token);
      url = downloadUrl;
      hop = -1;
      continue;
    }
    throw new ZoomApiError(res.statusCode, parsed.code ?? null, parsed.message ?? `Zoom answered ${res.statusCode} to the download.`, header(res.headers, "x-zm-trackingid") ?? null, {
      operation: "recordingDownload",
    });
  }
  throw new ZoomApiError(502, null, "Zoom redirected the download too many times.", null, { operation: "recordingDownload" });
}
