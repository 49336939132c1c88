/**
 * `POST /oauth/revoke`: revoking either token of an authorization ends the whole authorization
 * (access and refresh tokens), as uninstalling the app would. Unknown tokens also answer
 * success (RFC 7009 §2.2); Zoom's behaviour there is unconfirmed.
 */
import { json } from "../http";
import type { SandboxRuntime } from "../runtime";
import { clientCredentials, oauthError, readParams, validClient } from "./params";

export async function revoke(rt: SandboxRuntime, req: Request, url: URL): Promise<Response> {
  const params = await readParams(req, url);
  const creds = clientCredentials(req, params);
  if (!validClient(rt, creds)) return oauthError(401, "invalid_client", "Invalid client_id or client_secret");
  const token = params.get("token");
  if (!token) return oauthError(400, "invalid_request", "Token cannot be empty.");
  const access = Object.hasOwn(rt.oauth.accessTokens, token) ? rt.oauth.accessTokens[token] : undefined;
  const refresh = Object.hasOwn(rt.oauth.refreshTokens, token) ? rt.oauth.refreshTokens[token] : undefined;
  const record = access ?? refresh;
  if (record && record.clientId === creds.clientId) {
    rt.oauth.revokedGrants[record.grantId] = true;
    if (access) access.revoked = true;
    if (refresh) refresh.revoked = true;
    rt.changed();
  }
  return json(200, { status: "success" });
}
