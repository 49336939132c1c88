/**
 * Test helper: a standalone sandbox on a free port, and a client that talks to it over real HTTP
 * the way an app would: tokens from `POST /oauth/token` (account_credentials, or the
 * authorization_code flow through the consent form for user-level tokens), then `/v2` calls.
 */
import { startSandboxServer } from "../node-server";

const CLIENT_ID = "sandbox_client_id";
const CLIENT_SECRET = "sandbox_client_secret";
const ACCOUNT_ID = "sandbox_account";
const REDIRECT_URI = "http://localhost:3999/callback";

// Tests assert on response bodies field by field; a loose default keeps those assertions readable
// (the contract suite checks the shapes against Zoom's schemas instead).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface ApiResult<T = any> {
  status: number;
  headers: Headers;
  /** Parsed JSON when the response had a JSON body; undefined for an empty body. */
  body: T;
  text: string;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
}

type Server = Awaited<ReturnType<typeof startSandboxServer>>;

export class SandboxClient {
  private accountTokenCache?: string;
  private userTokens = new Map<string, string>();

  constructor(readonly server: Server) {}

  get url(): string {
    return this.server.url.replace(/\/+$/, "");
  }

  get state() {
    return this.server.sandbox.state;
  }

  async close(): Promise<void> {
    await this.server.close();
  }

  /** Raw request against the sandbox root (paths outside /v2 included). */
  async request(method: string, path: string, opts: CallOptions = {}): Promise<ApiResult> {
    const url = new URL(this.url + path);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let payload: string | undefined;
    if (opts.body !== undefined) {
      payload = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
      headers["content-type"] ??= "application/json";
    }
    let res = await fetch(url, { method, headers, body: payload, redirect: "manual" });
    // Suites make calls faster than Zoom's per-second limits allow; wait out the window like a client would.
    for (let attempt = 0; res.status === 429 && attempt < 3; attempt++) {
      await res.arrayBuffer();
      await new Promise((r) => setTimeout(r, 1100));
      res = await fetch(url, { method, headers, body: payload, redirect: "manual" });
    }
    const text = await res.text();
    let body: unknown;
    if (text && (res.headers.get("content-type") ?? "").includes("json")) body = JSON.parse(text);
    return { status: res.status, headers: res.headers, body, text };
  }

  /** A `/v2` call with a bearer (the S2S account token unless one is given). */
  async api(method: string, path: string, opts: CallOptions = {}): Promise<ApiResult> {
    return this.request(method, `/v2${path}`, { ...opts, token: opts.token ?? (await this.accountToken()) });
  }

  /** A `/_sandbox` control call. */
  async control(method: string, path: string, body?: unknown): Promise<ApiResult> {
    return this.request(method, `/_sandbox${path}`, { body });
  }

  private basic(): string {
    return `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64")}`;
  }

  private async tokenRequest(form: Record<string, string>): Promise<{ access_token: string }> {
    const res = await fetch(`${this.url}/oauth/token`, {
      method: "POST",
      headers: { authorization: this.basic(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form).toString(),
    });
    const body = await res.json();
    if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${JSON.stringify(body)}`);
    return body;
  }

  /** Server-to-Server token (account_credentials), cached per client. */
  async accountToken(): Promise<string> {
    this.accountTokenCache ??= (await this.tokenRequest({ grant_type: "account_credentials", account_id: ACCOUNT_ID })).access_token;
    return this.accountTokenCache;
  }

  /** A user-level token for `email`, through the consent form and the authorization_code grant. */
  async userToken(email: string): Promise<string> {
    const cached = this.userTokens.get(email);
    if (cached) return cached;
    const user = this.state.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
    if (!user) throw new Error(`no sandbox user ${email}`);
    const consent = await fetch(`${this.url}/oauth/authorize`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        response_type: "code",
        client_id: CLIENT_ID,
        redirect_uri: REDIRECT_URI,
        decision: "allow",
        user_id: user.id,
      }).toString(),
    });
    const code = new URL(consent.headers.get("location") ?? "http://x/").searchParams.get("code");
    if (consent.status !== 302 || !code) throw new Error(`authorize failed: ${consent.status}`);
    const { access_token } = await this.tokenRequest({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI });
    this.userTokens.set(email, access_token);
    return access_token;
  }
}

export async function startClient(): Promise<SandboxClient> {
  return new SandboxClient(await startSandboxServer({ port: 0 }));
}
