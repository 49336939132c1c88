/**
 * Connecting the workspace's Server-to-Server OAuth app: `account_credentials` token, then
 * "Get a user" (`/users/me`, the account owner for S2S) to show which account was found and to
 * make sure it is this workspace's account — an owner must not pull another account's data in.
 */
import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import { ACCOUNT_SLOT, retryAccountConnection, storeAccountConnection } from "@/lib/auth/token-vault";
import type { Viewer } from "@/lib/auth/viewer-type";
import { accountCredentialsGrant, fetchZoomMe, type ClientCredentials } from "@/lib/auth/zoom-oauth";
import { db } from "@/lib/db/client";
import { zoomConfig } from "@/lib/env";
import type { S2SConnectInput } from "@/lib/schemas/connection";

export interface S2SConnected {
  connectionId: string;
  accountId: string;
  ownerName: string;
  ownerEmail: string;
}

function resolveCredentials(input: S2SConnectInput): { accountId: string; credentials: ClientCredentials | null; client: ClientCredentials } {
  if (input.source === "form") {
    const client = { clientId: input.clientId, clientSecret: input.clientSecret };
    return { accountId: input.accountId, credentials: client, client };
  }
  const config = zoomConfig();
  if (config.mode === "unconfigured" || !config.accountId || !config.s2sClientId || !config.s2sClientSecret) {
    throw new ApiError(
      "not_configured",
      "No Server-to-Server credentials are configured on this server (ZOOM_ACCOUNT_ID, ZOOM_S2S_CLIENT_ID, ZOOM_S2S_CLIENT_SECRET): enter them in the form instead.",
    );
  }
  return { accountId: config.accountId, credentials: null, client: { clientId: config.s2sClientId, clientSecret: config.s2sClientSecret } };
}

const field = (name: string, message: string) => new ApiError("validation_failed", message, { fields: [{ field: name, message }] });

export async function connectServerToServer(viewer: Viewer, input: S2SConnectInput): Promise<S2SConnected> {
  const { accountId, credentials, client } = resolveCredentials(input);
  const workspace = await db().workspace.findUniqueOrThrow({ where: { id: viewer.workspaceId }, select: { zoomAccountId: true } });
  if (accountId !== workspace.zoomAccountId) {
    throw field("accountId", `This Account ID is not this workspace's Zoom account (${workspace.zoomAccountId}). Use a Server-to-Server app of that account.`);
  }
  const requestedAtMs = Date.now();
  const granted = await accountCredentialsGrant(accountId, client);
  if (!granted.ok) {
    const { kind, reason } = granted.failure;
    if (kind === "unavailable") throw new ApiError("zoom_unavailable", `Zoom could not be reached (${reason}). Nothing was saved; try again.`);
    if (kind === "invalid_client") throw field(input.source === "form" ? "clientSecret" : "(request)", `Zoom refused the Client ID or Client Secret: ${reason}.`);
    throw field(input.source === "form" ? "accountId" : "(request)", `Zoom refused the credentials: ${reason}.`);
  }
  const me = await fetchZoomMe(granted.value.accessToken);
  if (!me.ok) {
    throw new ApiError("zoom_error", `Zoom issued a token, but “Get a user” failed (${me.failure.reason}). Add the user:read:admin scope to the app and try again.`);
  }
  if (me.value.accountId !== workspace.zoomAccountId) {
    throw field("accountId", `These credentials belong to Zoom account ${me.value.accountId}, not this workspace's account.`);
  }
  const { connectionId } = await storeAccountConnection({
    workspaceId: viewer.workspaceId,
    accountId,
    credentials,
    owner: me.value,
    tokens: granted.value,
    requestedAtMs,
  });
  return { connectionId, accountId, ownerName: me.value.name, ownerEmail: me.value.email };
}

/** Retries the workspace's S2S connection with its stored credentials (the "Reconnect" action). */
export async function reconnectServerToServer(viewer: Viewer): Promise<void> {
  const connection = await db().zoomConnection.findUnique({
    where: { workspaceId_slot: { workspaceId: viewer.workspaceId, slot: ACCOUNT_SLOT } },
    select: { id: true },
  });
  if (!connection) throw new ApiError("not_found", "This workspace has no Server-to-Server connection to reconnect.");
  await retryAccountConnection(connection.id);
}
