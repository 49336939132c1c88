/**
 * Device OAuth (RFC 8628; ../shared/zoom-api/NOTES.md §1.7): start a device authorization, then poll Zoom at the
 * interval it asked for until the person approves on Zoom's verification page. The device code
 * is a secret, so it is sealed like a token. Polls are claimed with a conditional update of
 * `nextPollAt`, so several tabs or instances never poll Zoom faster than the interval.
 */
import "server-only";
import { ApiError } from "@/lib/errors/api-error";
import { storeUserConnection } from "@/lib/auth/token-vault";
import { openColumn, sealColumn } from "@/lib/auth/vault/sealed-columns";
import { deviceCodeGrant, fetchZoomMe, requestDeviceCode, revokeToken, type OAuthFailure } from "@/lib/auth/zoom-oauth";
import type { Viewer } from "@/lib/auth/viewer-type";
import { db } from "@/lib/db/client";
import { zoomConfig } from "@/lib/env";

/** RFC 8628 §3.5: on slow_down the interval grows by 5 seconds for good. */
const SLOW_DOWN_STEP_S = 5;

export interface DeviceAuthorizationView {
  id: string;
  userCode: string;
  verificationUri: string;
  verificationUriComplete: string | null;
  expiresAt: string;
  intervalSeconds: number;
}

export type DevicePollResult =
  | { status: "pending"; intervalSeconds: number; expiresAt: string; message: string | null; nextPollInMs: number }
  | { status: "approved"; connectionId: string }
  | { status: "denied" | "expired"; message: string };

const appClient = () => ({ clientId: zoomConfig().clientId, clientSecret: zoomConfig().clientSecret });

function unavailable(failure: OAuthFailure): ApiError {
  return new ApiError("zoom_unavailable", `Zoom did not hand out a device code: ${failure.reason}. Try again in a minute.`);
}

/** Starts a device authorization for the viewer; any earlier one of theirs is dropped. */
export async function startDeviceAuthorization(viewer: Viewer): Promise<DeviceAuthorizationView> {
  const result = await requestDeviceCode(appClient());
  if (!result.ok) {
    if (result.failure.kind === "unavailable") throw unavailable(result.failure);
    throw new ApiError("zoom_error", `Zoom refused to start a device authorization: ${result.failure.reason}. Device OAuth must be enabled for the app.`);
  }
  const code = result.value;
  const now = Date.now();
  await db().deviceAuthorization.deleteMany({ where: { workspaceId: viewer.workspaceId, userId: viewer.userId } });
  const row = await db().deviceAuthorization.create({
    data: {
      workspaceId: viewer.workspaceId,
      userId: viewer.userId,
      deviceCodeEnc: sealColumn("DeviceAuthorization.deviceCodeEnc", code.deviceCode),
      userCode: code.userCode,
      verificationUri: code.verificationUri,
      verificationUriComplete: code.verificationUriComplete ?? null,
      intervalSeconds: code.intervalSeconds,
      nextPollAt: new Date(now + code.intervalSeconds * 1000),
      expiresAt: new Date(now + code.expiresInSeconds * 1000),
    },
  });
  return {
    id: row.id,
    userCode: row.userCode,
    verificationUri: row.verificationUri,
    verificationUriComplete: row.verificationUriComplete,
    expiresAt: row.expiresAt.toISOString(),
    intervalSeconds: row.intervalSeconds,
  };
}

export async function cancelDeviceAuthorization(viewer: Viewer, id: string): Promise<void> {
  await db().deviceAuthorization.deleteMany({ where: { id, workspaceId: viewer.workspaceId, userId: viewer.userId } });
}

async function finish(id: string, status: "denied" | "expired", message: string): Promise<DevicePollResult> {
  await db().deviceAuthorization.updateMany({ where: { id }, data: { status, lastError: message } });
  return { status, message };
}

/** One poll: answers from the database until the interval has passed, then asks Zoom once. */
export async function pollDeviceAuthorization(viewer: Viewer, id: string): Promise<DevicePollResult> {
  const row = await db().deviceAuthorization.findFirst({
    where: { id, workspaceId: viewer.workspaceId, userId: viewer.userId },
    select: { id: true, status: true, lastError: true, intervalSeconds: true, nextPollAt: true, expiresAt: true, deviceCodeEnc: true },
  });
  if (!row) throw new ApiError("not_found", "This device authorization no longer exists. Start again.");
  if (row.status !== "pending") return { status: row.status, message: row.lastError ?? "This device code can no longer be used." };
  const now = Date.now();
  if (row.expiresAt.getTime() <= now) return finish(row.id, "expired", "The code expired before it was approved. Start again to get a new code.");
  const pending = (intervalSeconds: number, nextPollAt: Date, message: string | null = null): DevicePollResult => ({
    status: "pending",
    intervalSeconds,
    expiresAt: row.expiresAt.toISOString(),
    message,
    nextPollInMs: Math.max(0, nextPollAt.getTime() - Date.now()),
  });
  /** The next poll may go to Zoom `interval` after this answer arrived, so network jitter never makes two polls closer. */
  const waitFromNow = async (intervalSeconds: number) => {
    const nextPollAt = new Date(Date.now() + intervalSeconds * 1000);
    await db().deviceAuthorization.updateMany({ where: { id: row.id }, data: { intervalSeconds, nextPollAt } });
    return nextPollAt;
  };

  const claimed = await db().deviceAuthorization.updateMany({
    where: { id: row.id, status: "pending", nextPollAt: { lte: new Date(now) } },
    data: { nextPollAt: new Date(now + row.intervalSeconds * 1000) },
  });
  if (claimed.count === 0) return pending(row.intervalSeconds, row.nextPollAt);

  const requestedAtMs = Date.now();
  const result = await deviceCodeGrant(openColumn("DeviceAuthorization.deviceCodeEnc", row.deviceCodeEnc), appClient());
  if (!result.ok) {
    const { kind, reason } = result.failure;
    if (kind === "authorization_pending") return pending(row.intervalSeconds, await waitFromNow(row.intervalSeconds));
    if (kind === "slow_down") {
      const interval = row.intervalSeconds + SLOW_DOWN_STEP_S;
      return pending(interval, await waitFromNow(interval));
    }
    if (kind === "access_denied") return finish(row.id, "denied", "The request was denied on Zoom. Start again if that was a mistake.");
    if (kind === "expired_token") return finish(row.id, "expired", "The code expired before it was approved. Start again to get a new code.");
    if (kind === "unavailable") return pending(row.intervalSeconds, await waitFromNow(row.intervalSeconds), "Zoom could not be reached; still trying.");
    return finish(row.id, "expired", `Zoom no longer accepts this device code (${reason}). Start again.`);
  }

  const tokens = result.value;
  const me = await fetchZoomMe(tokens.accessToken);
  const reject = async (message: string) => {
    // Tokens we will not keep are revoked rather than left alive at Zoom.
    await revokeToken(tokens.accessToken, appClient());
    return finish(row.id, "denied", message);
  };
  if (!me.ok) return reject(`Zoom did not say who approved the code (${me.failure.reason}). Start again.`);
  if (me.value.id !== viewer.zoomUserId) {
    return reject(`The code was approved as ${me.value.email}, but you are signed in as ${viewer.email}. Approve it with your own Zoom account.`);
  }
  const { connectionId } = await storeUserConnection({
    workspaceId: viewer.workspaceId,
    userId: viewer.userId,
    kind: "device",
    profile: me.value,
    tokens,
    requestedAtMs,
  });
  await db().deviceAuthorization.deleteMany({ where: { id: row.id } });
  return { status: "approved", connectionId };
}
