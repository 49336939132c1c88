/**
 * The tour's only way to talk to the sandbox: plain `fetch`, one recorded step per request.
 * Every step knows the status a Postman user would expect; a step may also check the body, so a
 * 200 with the wrong content still shows up as ✗ instead of passing silently.
 */
import { displayPath } from "./format";

export interface StepResult {
  /** 1-based position in the tour. */
  n: number;
  /** Stable name for tests and reports, e.g. `oauth.refresh.reused`. */
  key: string;
  /** Tour section the step belongs to (printed as a heading). */
  area: string;
  method: string;
  /** Path relative to the base URL, ids abbreviated. */
  path: string;
  /** HTTP status, or 0 when no response arrived. */
  status: number;
  expected: number;
  ok: boolean;
  /** Zoom's `x-zm-trackingid` (what Zoom support asks for); "" when absent. */
  trackingId: string;
  /** Why the step failed, beyond the status (check failure or network error). */
  problem?: string;
  contentType: string;
  /** Parsed JSON, text for text/* and HTML, `{ bytes }` for anything binary, undefined if empty. */
  body: unknown;
  headers: Record<string, string>;
}

export interface StepSpec {
  key: string;
  method: string;
  /** A path on the sandbox (`/v2/users/me`) or an absolute URL handed out by the API. */
  url: string;
  query?: Record<string, string | number | boolean | undefined>;
  expect: number;
  /** `Authorization: Bearer …`. */
  token?: string;
  /** HTTP Basic client authentication, as Zoom's OAuth endpoints want it. */
  basic?: { id: string; secret: string };
  json?: unknown;
  form?: Record<string, string>;
  text?: string;
  /** Returns a problem description when the response is not what a client needs. */
  check?: (reply: StepResult) => string | undefined;
}

/** Thrown when a later step cannot run because an earlier one did not produce what it needs. */
export class TourAbort extends Error {}

export function need<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null || value === "") throw new TourAbort(`missing ${what}`);
  return value;
}

/** Path + query, ids abbreviated: what a step line shows. */
function shownPath(base: string, url: URL): string {
  const basePath = new URL(base).pathname.replace(/\/$/, "");
  const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || "/" : url.pathname;
  return displayPath(path, url.searchParams);
}

async function readBody(res: Response): Promise<{ contentType: string; body: unknown }> {
  const contentType = res.headers.get("content-type") ?? "";
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length === 0) return { contentType, body: undefined };
  if (contentType.includes("json")) {
    try {
      return { contentType, body: JSON.parse(bytes.toString("utf8")) };
    } catch {
      return { contentType, body: bytes.toString("utf8") };
    }
  }
  if (/^text\/|html|xml/.test(contentType)) return { contentType, body: bytes.toString("utf8") };
  return { contentType, body: { bytes: bytes.length } };
}

export class Tour {
  readonly results: StepResult[] = [];
  area = "";

  constructor(
    readonly baseUrl: string,
    private readonly onStep?: (step: StepResult) => void,
    private readonly onSection?: (area: string) => void,
  ) {}

  section(area: string): void {
    this.area = area;
    this.onSection?.(area);
  }

  /** Records that the rest of the current section could not run (counted as a failed step). */
  abort(reason: string): void {
    const result: StepResult = {
      n: this.results.length + 1,
      key: "aborted",
      area: this.area,
      method: "-",
      path: "(rest of this section skipped)",
      status: 0,
      expected: 0,
      ok: false,
      trackingId: "",
      problem: reason,
      contentType: "",
      body: undefined,
      headers: {},
    };
    this.results.push(result);
    this.onStep?.(result);
  }

  async step(spec: StepSpec): Promise<StepResult> {
    const url = new URL(/^https?:/.test(spec.url) ? spec.url : `${this.baseUrl}${spec.url}`);
    for (const [k, v] of Object.entries(spec.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = {};
    let body: string | undefined;
    if (spec.token) headers.authorization = `Bearer ${spec.token}`;
    if (spec.basic) headers.authorization = `Basic ${Buffer.from(`${spec.basic.id}:${spec.basic.secret}`).toString("base64")}`;
    if (spec.json !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(spec.json);
    } else if (spec.form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = new URLSearchParams(spec.form).toString();
    } else if (spec.text !== undefined) {
      headers["content-type"] = "text/plain";
      body = spec.text;
    }

    const result: StepResult = {
      n: this.results.length + 1,
      key: spec.key,
      area: this.area,
      method: spec.method,
      path: shownPath(this.baseUrl, url),
      status: 0,
      expected: spec.expect,
      ok: false,
      trackingId: "",
      contentType: "",
      body: undefined,
      headers: {},
    };
    try {
      // redirect: "manual" so OAuth redirects can be read (the redirect_uri is not ours to call).
      const res = await this.fetchPolitely(url, { method: spec.method, headers, body, redirect: "manual" });
      result.status = res.status;
      result.trackingId = res.headers.get("x-zm-trackingid") ?? "";
      res.headers.forEach((value, name) => (result.headers[name] = value));
      Object.assign(result, await readBody(res));
      result.ok = res.status === spec.expect;
      if (result.ok && spec.check) {
        result.problem = spec.check(result);
        result.ok = result.problem === undefined;
      } else if (!result.ok) {
        result.problem = problemOf(result.body);
      }
    } catch (err) {
      result.problem = err instanceof Error ? err.message : String(err);
    }
    this.results.push(result);
    this.onStep?.(result);
    return result;
  }

  /**
   * Retries a per-second 429 once the window resets, as any well-behaved Zoom client does: the tour
   * fires requests back to back and the sandbox enforces Zoom's account-wide QPS limits.
   */
  private async fetchPolitely(url: URL, init: RequestInit): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(url, init);
      if (res.status !== 429 || res.headers.get("x-ratelimit-type") !== "QPS" || attempt >= 3) return res;
      const reset = Date.parse(res.headers.get("x-ratelimit-reset") ?? "");
      await res.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(Number.isNaN(reset) ? 1000 : reset - Date.now(), 50), 2000)));
    }
  }
}

/** Zoom's `{code, message}` or OAuth's `{reason, error}`, shortened, for the ✗ line. */
function problemOf(body: unknown): string | undefined {
  if (body && typeof body === "object") {
    const b = body as Record<string, unknown>;
    if (b.message || b.reason || b.error) return [b.code, b.message ?? b.reason ?? b.error].filter((x) => x !== undefined).join(" ");
  }
  return typeof body === "string" ? body.replace(/\s+/g, " ").slice(0, 120) : undefined;
}
