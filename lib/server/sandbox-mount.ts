/**
 * Demo mode: the Zoom sandbox mounted inside the dashboard under /sandbox when no Zoom
 * credentials are configured, its state kept in DATA_DIR so demo work survives restarts.
 */
import path from "node:path";
import { appUrl, appUrlConfigured, dataDir, env, zoomConfig } from "@/lib/env";
import { createSandbox, type Peer, type Sandbox } from "@/lib/zoom-sandbox";
import { webhookSecretToken } from "@/lib/webhooks/secret";

const globalForSandbox = globalThis as unknown as { mountedSandbox?: Sandbox };

/** The mounted sandbox, or null when the dashboard talks to a real (or external) Zoom. */
export function mountedSandbox(): Sandbox | null {
  if (zoomConfig().mode !== "sandbox") return null;
  globalForSandbox.mountedSandbox ??= createSandbox({
    baseUrl: `${appUrl}/sandbox`,
    basePath: "/sandbox",
    clientId: env.ZOOM_SANDBOX_CLIENT_ID,
    clientSecret: env.ZOOM_SANDBOX_CLIENT_SECRET,
    accountId: env.ZOOM_SANDBOX_ACCOUNT_ID,
    // With APP_URL the callback is exactly there; without, on whichever address the browser used.
    allowedRedirectUris: appUrlConfigured ? [`${appUrl}/api/auth/callback/zoom`] : undefined,
    sameHostRedirectPath: appUrlConfigured ? undefined : "/api/auth/callback/zoom",
    persistPath: path.join(dataDir, "sandbox-state.json"),
    // A demo instance is reachable by whoever can reach the dashboard; its unauthenticated
    // reset/fault/clock API stays off unless the operator asks for it.
    control: env.ZOOM_SANDBOX_CONTROL === "on",
    // The client id/secret of the embedded sandbox are published defaults, so the account-wide
    // grant is kept to the dashboard's own server, which calls its sandbox over 127.0.0.1
    // (zoomConfig().oauthServerBaseUrl). We chose this over a generated secret because the secret
    // would have to reach lib/auth through zoomConfig(), and the loopback rule needs no change there.
    accountCredentials: "loopback",
    // Demo mode is subscribed to its own webhook endpoint, over loopback like the REST calls, so
    // changes (also those made through the control API) reach every open dashboard.
    webhookSubscription: { url: `http://127.0.0.1:${env.PORT}/api/zoom/webhooks`, secretToken: webhookSecretToken()! },
  });
  return globalForSandbox.mountedSandbox;
}

/**
 * The peer of a request reaching the mount. A route handler never sees the socket: Next fills
 * `x-forwarded-for` from it only when the client sent none (base-server: `??=`), so this is the
 * socket's address for an honest client and whatever a forging client wrote otherwise. The
 * loopback rule above therefore stops casual use of the published credentials, not a determined
 * forger; demo mode is not meant for untrusted networks (its consent page lets anyone pick a user).
 * Behind a proxy that appends, the last hop is the proxy's view of the client.
 */
export function peerOf(request: Request): Peer {
  const hops = (request.headers.get("x-forwarded-for") ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  return { remoteAddress: hops.at(-1) };
}
