/**
 * Request bodies are bounded on every route, over real HTTP: a declared Content-Length over the
 * limit is answered before the body is sent, and a body without one is cut off at the limit. Both
 * tests leave the upload unfinished, so a server that buffered first would never answer.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "./node-server";
import { accountToken } from "./testing";

const LIMIT = 64 * 1024;
let server: SandboxServer;
let token: string;

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, maxBodyBytes: LIMIT });
  token = (await accountToken(server.url)).access_token;
});
afterAll(() => server.close());

/** Starts an upload, sends `send` bytes and waits for the answer without ever ending the body. */
function unfinishedUpload(path: string, headers: Record<string, string>, send: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on("error", reject);
    const chunk = Buffer.alloc(8 * 1024, 0x20);
    for (let sent = 0; sent < send; sent += chunk.length) req.write(chunk);
  });
}

describe("request body limit", () => {
  it("answers a Content-Length over the limit with Zoom's 413 before reading the body", async () => {
    const res = await unfinishedUpload("/v2/users/me/meetings", { authorization: `Bearer ${token}`, "content-length": String(200 * 1024 * 1024) }, 8 * 1024);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toEqual({ code: 413, message: `Request entity too large: the body may be at most ${LIMIT} bytes.` });
  });

  it("cuts off a chunked body at the limit, on OAuth and control routes too", async () => {
    for (const path of ["/v2/users/me/meetings", "/oauth/token", "/_sandbox/faults"]) {
      const res = await unfinishedUpload(path, { authorization: `Bearer ${token}` }, LIMIT * 2);
      expect(res.status, path).toBe(413);
      expect(JSON.parse(res.body).code, path).toBe(413);
    }
  });

  it("still takes a body under the limit", async () => {
    const res = await fetch(`${server.url}/v2/users/me/meetings`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ topic: "Padded", type: 2, start_time: "2030-01-02T15:00:00Z", duration: 30 }) + " ".repeat(LIMIT - 1024),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { topic: string }).topic).toBe("Padded");
  });
});
