/**
 * Standalone HTTP server for the sandbox: adapts node:http to the fetch-style handler.
 * Used by `npm run sandbox` and by every behaviour test (port 0 picks a free port).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { isConnectionReset } from "./fault-response";
import { createSandbox, type Sandbox, type SandboxOptions } from "./index";

export type SandboxServerOptions = Omit<SandboxOptions, "baseUrl" | "control"> & {
  /** The control API under /_sandbox; on by default, since this server is the tests' tool. */
  control?: boolean;
  /** Public base URL; default `http://<host>:<bound port>`. */
  baseUrl?: string;
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
};

export interface SandboxServer {
  url: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/** The body stays a stream: the sandbox reads it through its size limit (body-limit.ts). */
function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    else headers.set(key, value);
  }
  const method = req.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
  return new Request(new URL(req.url ?? "/", origin), { method, headers, body, duplex: "half" } as RequestInit);
}

/**
 * A response that declares its Content-Length (recording downloads) is streamed with backpressure,
 * so a 2 GiB simulated file never sits in memory; anything else is small and written in one piece.
 */
async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  if (response.body && response.headers.has("content-length")) {
    res.writeHead(response.status, headers);
    await pump(res, response.body);
    return;
  }
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (body) headers["content-length"] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Copies `body` to `res`. When the body errors (a download cut off on purpose), what was already
 * written is flushed and then the socket is destroyed: the client sees a short body and a broken
 * connection, as when Zoom's storage drops mid-download. A client that goes away stops the body.
 */
async function pump(res: ServerResponse, body: ReadableStream<Uint8Array>): Promise<void> {
  const reader = body.getReader();
  const closed = new Promise<void>((resolve) => res.once("close", resolve));
  res.once("close", () => void reader.cancel().catch(() => undefined));
  let flushed: Promise<void> = Promise.resolve();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return;
      flushed = new Promise<void>((resolve) => res.write(value, () => resolve()));
      if (res.writableNeedDrain) await Promise.race([new Promise((resolve) => res.once("drain", resolve)), closed]);
    }
    res.end();
  } catch {
    await Promise.race([flushed, closed]);
    res.destroy();
    res.socket?.destroy();
  }
}

export async function startSandboxServer(opts: SandboxServerOptions = {}): Promise<SandboxServer> {
  const host = opts.host ?? "127.0.0.1";
  // The sandbox needs the bound port for its base URL, so it is created after listen().
  const holder: { sandbox?: Sandbox; origin: string } = { origin: "" };

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const request = toRequest(req, holder.origin);
        const response = await holder.sandbox!.fetch(request, { remoteAddress: req.socket.remoteAddress });
        if (isConnectionReset(response)) {
          req.socket.destroy();
          return;
        }
        await writeResponse(res, response);
      } catch (err) {
        console.error("[zoom-sandbox] request failed:", err);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ code: 500, message: "Internal sandbox error." }));
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const displayHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  const origin = `http://${displayHost}:${port}`;
  holder.origin = origin;
  const { port: _port, host: _host, baseUrl, control = true, ...sandboxOpts } = opts;
  void _port;
  void _host;
  const sandbox = createSandbox({ ...sandboxOpts, control, baseUrl: baseUrl ?? origin });
  holder.sandbox = sandbox;

  return {
    url: baseUrl ?? origin,
    sandbox,
    async close() {
      await sandbox.flush();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
