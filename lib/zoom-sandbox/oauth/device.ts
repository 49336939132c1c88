/**
 * The device authorization grant (RFC 8628): `POST /oauth/devicecode` and the verification page
 * at `/oauth_device` (Zoom's docs name both /oauth_device and /activate; both are served), and the
 * control knob that shortens the polling interval for tests.
 */
import { randomInt } from "node:crypto";
import { z } from "zod";
import { html, json } from "../http";
import type { SandboxRuntime } from "../runtime";
import type { ControlRouteDef } from "../types";
import { errorPage, escapeHtml, page, signInUsers, userRadios } from "./pages";
import { clientCredentials, oauthError, readParams, validClient } from "./params";
import { scopesForUser } from "./scopes";
import { DEVICE_CODE_TTL_S, DEVICE_INTERVAL_S, newSecret, revokeUserGrants } from "./store";

const USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ23456789";

function newUserCode(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
  return code;
}

function normaliseUserCode(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export async function deviceCodeRequest(rt: SandboxRuntime, req: Request, url: URL): Promise<Response> {
  const params = await readParams(req, url);
  const creds = clientCredentials(req, params);
  const clientId = creds.clientId ?? params.get("client_id") ?? undefined;
  if (!clientId) return oauthError(401, "invalid_client", "Client ID or client secret is missing.");
  // Zoom documents Basic auth here; a public client sending only client_id is accepted too.
  if (creds.clientSecret !== undefined ? !validClient(rt, creds) : clientId !== rt.opts.clientId) {
    return oauthError(401, "invalid_client", "Invalid client_id or client_secret");
  }
  const deviceCode = newSecret(32);
  const userCode = newUserCode();
  const interval = deviceInterval(rt);
  rt.oauth.deviceCodes[deviceCode] = {
    userCode,
    clientId,
    scopes: [],
    expiresAt: rt.clock.now().getTime() + DEVICE_CODE_TTL_S * 1000,
    interval,
    status: "pending",
  };
  rt.changed();
  const verificationUri = `${rt.opts.baseUrl}/oauth_device`;
  return json(200, {
    device_code: deviceCode,
    user_code: userCode,
    verification_uri: verificationUri,
    verification_uri_complete: `${verificationUri}?user_code=${userCode}`,
    expires_in: DEVICE_CODE_TTL_S,
    interval,
  });
}

const deviceInterval = (rt: SandboxRuntime) => rt.config.deviceIntervalSeconds ?? DEVICE_INTERVAL_S;

const intervalInput = z.object({ intervalSeconds: z.number().int().min(1).max(60).nullable() });

/**
 * `GET|PUT /_sandbox/device-flow {intervalSeconds}`: the interval that codes issued from now on ask
 * clients to poll at. Zoom's 5 s makes every approval in a browser test wait 5 to 10 s of real
 * time; a test can ask for 1 s instead. `null` (or `POST /reset`) restores Zoom's interval.
 */
export function deviceControlRoutes(rt: SandboxRuntime): ControlRouteDef[] {
  const view = () => json(200, { intervalSeconds: deviceInterval(rt) });
  return [
    { method: "GET", path: "/device-flow", handle: view },
    {
      method: "PUT",
      path: "/device-flow",
      handle: (ctx) => {
        const input = intervalInput.safeParse(ctx.body ?? {});
        if (!input.success) return json(400, { error: "intervalSeconds must be a whole number of seconds from 1 to 60, or null for Zoom's 5." });
        if (input.data.intervalSeconds === null) delete rt.config.deviceIntervalSeconds;
        else rt.config.deviceIntervalSeconds = input.data.intervalSeconds;
        return view();
      },
    },
  ];
}

function verificationForm(rt: SandboxRuntime, userCode: string, message?: string): string {
  const users = signInUsers(rt.state.users);
  const alert = message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : "";
  return page(
    "Activate device · Zoom Sandbox",
    `<h1>Connect a device</h1>
<p>Enter the code shown on your device, choose who you are, and approve.</p>
${alert}
<form method="post">
<label class="block" for="user_code">Code</label>
<input type="text" id="user_code" name="user_code" value="${escapeHtml(userCode)}" autocomplete="off" autocapitalize="characters" required>
${userRadios(users, users[0]?.id)}
<div class="actions">
<button type="submit" class="primary" name="decision" value="approve">Approve</button>
<button type="submit" class="secondary" name="decision" value="deny">Deny</button>
</div>
</form>`,
  );
}

/** GET shows the form; POST records the decision against the pending device code. */
export async function deviceVerification(rt: SandboxRuntime, req: Request, url: URL): Promise<Response> {
  const params = await readParams(req, url);
  const userCode = normaliseUserCode(params.get("user_code") ?? "");
  if (req.method === "GET") return html(200, verificationForm(rt, userCode));

  const nowMs = rt.clock.now().getTime();
  const entry = Object.values(rt.oauth.deviceCodes).find((d) => d.userCode === userCode);
  if (!entry || entry.status !== "pending" || entry.expiresAt <= nowMs) {
    return html(400, verificationForm(rt, userCode, "That code is invalid or has expired."));
  }
  if (params.get("decision") !== "approve") {
    entry.status = "denied";
    rt.changed();
    return html(200, page("Request denied · Zoom Sandbox", `<h1>Request denied</h1><p role="status">The device was not connected.</p>`));
  }
  const user = signInUsers(rt.state.users).find((u) => u.id === params.get("user_id"));
  if (!user) return html(400, errorPage("Activation error", "Choose a user to sign in as.", 4700));
  revokeUserGrants(rt.oauth, user.id, entry.clientId);
  entry.status = "approved";
  entry.userId = user.id;
  entry.scopes = scopesForUser(rt, user);
  entry.grantId = newSecret(12);
  rt.changed();
  return html(
    200,
    page("Device connected · Zoom Sandbox", `<h1>Device connected</h1><p role="status">You can return to your device.</p>`),
  );
}
