/**
 * Forwards a request to the sandbox with the fixed bench token: the least a proxy route can do.
 * Configuration comes from the bench (BENCH_TARGET, BENCH_TOKEN); this app is not the dashboard.
 */
import { Agent, request } from "undici";

/* eslint-disable no-restricted-properties -- a bench-only app, configured by scripts/bench.ts */
const target = process.env.BENCH_TARGET;
const token = process.env.BENCH_TOKEN;
/* eslint-enable no-restricted-properties */

const agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 64 });

function upstreamUrl(req, params) {
  const url = new URL(req.url);
  return `${target}/${params.path.map(encodeURIComponent).join("/")}${url.search}`;
}

/** Plain `fetch` (Next's patched one), as a route handler would naively do it. */
export async function viaFetch(req, { params }) {
  const res = await fetch(upstreamUrl(req, await params), { method: req.method, headers: { authorization: `Bearer ${token}` }, cache: "no-store" });
  return new Response(res.status === 204 ? null : await res.text(), { status: res.status, headers: { "content-type": "application/json" } });
}

/** undici with a keep-alive pool: what the dashboard uses (lib/zoom/upstream.ts). */
export async function viaPool(req, { params }) {
  const res = await request(upstreamUrl(req, await params), { dispatcher: agent, method: req.method, headers: { authorization: `Bearer ${token}` } });
  const text = await res.body.text();
  return new Response(res.statusCode === 204 ? null : text, { status: res.statusCode, headers: { "content-type": "application/json" } });
}
