/**
 * What Settings → Connections and the "needs reconnect" banner show. Reads only plain columns:
 * the sealed ones are omitted by the database client and never selected here.
 */
import "server-only";
import { ACCOUNT_SLOT, userSlot } from "@/lib/auth/token-vault";
import { isAdminRole, type Viewer } from "@/lib/auth/viewer-type";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { zoomConfig } from "@/lib/env";

export type ConnectionKind = "oauth" | "device" | "s2s";
export type ConnectionStatus = "active" | "needs_reconnect" | "revoked";

/** Safe to send to the browser: no token, no secret. */
export interface ConnectionView {
  id: string;
  kind: ConnectionKind;
  level: "user" | "account";
  zoomUserId: string | null;
  zoomAccountId: string;
  zoomEmail: string | null;
  zoomName: string | null;
  scopes: string[];
  status: ConnectionStatus;
  expiresAt: string | null;
  lastRefreshedAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** S2S only: where the app credentials come from. */
  credentials: "form" | "config" | null;
  /** S2S only: the app's client id (not a secret). */
  clientId: string | null;
  createdAt: string;
}

export interface PendingDeviceView {
  id: string;
  userCode: string;
  verificationUri: string;
  verificationUriComplete: string | null;
  expiresAt: string;
  intervalSeconds: number;
}

export interface ConnectionsOverview {
  own: ConnectionView | null;
  /** Null for members, who never see the account-level connection. */
  account: ConnectionView | null;
  canManageAccount: boolean;
  canSeeAccount: boolean;
  /** Whether Server-to-Server credentials are available from configuration. */
  s2sConfigured: boolean;
  configuredAccountId: string | null;
  workspaceAccountId: string;
  pendingDevice: PendingDeviceView | null;
}

const viewColumns = {
  id: true,
  kind: true,
  slot: true,
  zoomUserId: true,
  zoomAccountId: true,
  zoomEmail: true,
  zoomName: true,
  scopes: true,
  status: true,
  expiresAt: true,
  lastRefreshedAt: true,
  lastError: true,
  lastErrorAt: true,
  clientId: true,
  createdAt: true,
} as const;

type ViewRow = Prisma.ZoomConnectionGetPayload<{ select: typeof viewColumns }>;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toView(row: ViewRow): ConnectionView {
  const account = row.slot === ACCOUNT_SLOT;
  return {
    id: row.id,
    kind: row.kind,
    level: account ? "account" : "user",
    zoomUserId: row.zoomUserId,
    zoomAccountId: row.zoomAccountId,
    zoomEmail: row.zoomEmail,
    zoomName: row.zoomName,
    scopes: row.scopes,
    status: row.status,
    expiresAt: iso(row.expiresAt),
    lastRefreshedAt: iso(row.lastRefreshedAt),
    lastError: row.lastError,
    lastErrorAt: iso(row.lastErrorAt),
    credentials: account ? (row.clientId ? "form" : "config") : null,
    clientId: account ? (row.clientId ?? zoomConfig().s2sClientId) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function connectionsOverview(viewer: Viewer): Promise<ConnectionsOverview> {
  const admin = isAdminRole(viewer.role);
  const slots = admin ? [userSlot(viewer.userId), ACCOUNT_SLOT] : [userSlot(viewer.userId)];
  const [rows, workspace, device] = await Promise.all([
    db().zoomConnection.findMany({ where: { workspaceId: viewer.workspaceId, slot: { in: slots } }, select: viewColumns }),
    db().workspace.findUniqueOrThrow({ where: { id: viewer.workspaceId }, select: { zoomAccountId: true } }),
    db().deviceAuthorization.findFirst({
      where: { workspaceId: viewer.workspaceId, userId: viewer.userId, status: "pending", expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, userCode: true, verificationUri: true, verificationUriComplete: true, expiresAt: true, intervalSeconds: true },
    }),
  ]);
  const views = rows.map(toView);
  const config = zoomConfig();
  return {
    own: views.find((view) => view.level === "user") ?? null,
    account: admin ? (views.find((view) => view.level === "account") ?? null) : null,
    canManageAccount: viewer.role === "owner",
    canSeeAccount: admin,
    s2sConfigured: config.mode !== "unconfigured" && !!config.accountId && !!config.s2sClientId && !!config.s2sClientSecret,
    configuredAccountId: admin ? (config.accountId ?? null) : null,
    workspaceAccountId: workspace.zoomAccountId,
    pendingDevice: device ? { ...device, expiresAt: device.expiresAt.toISOString() } : null,
  };
}

export interface ConnectionAlert {
  level: "user" | "account";
  kind: ConnectionKind | null;
  connectionId: string | null;
  message: string;
}

/** Connections the viewer should act on now (the banner across the dashboard). */
export async function connectionAlerts(viewer: Viewer): Promise<ConnectionAlert[]> {
  if (zoomConfig().mode === "unconfigured") return [];
  const admin = isAdminRole(viewer.role);
  const rows = await db().zoomConnection.findMany({
    where: { workspaceId: viewer.workspaceId, slot: { in: admin ? [userSlot(viewer.userId), ACCOUNT_SLOT] : [userSlot(viewer.userId)] } },
    select: { id: true, kind: true, slot: true, status: true },
  });
  const alerts: ConnectionAlert[] = [];
  const own = rows.find((row) => row.slot !== ACCOUNT_SLOT);
  if (!own) alerts.push({ level: "user", kind: null, connectionId: null, message: "Your Zoom account is not connected, so Zoom data cannot load." });
  else if (own.status !== "active") {
    alerts.push({ level: "user", kind: own.kind, connectionId: own.id, message: "Your Zoom connection needs to be reconnected: Zoom no longer accepts its tokens." });
  }
  const account = rows.find((row) => row.slot === ACCOUNT_SLOT);
  if (account && account.status !== "active") {
    alerts.push({
      level: "account",
      kind: account.kind,
      connectionId: account.id,
      message:
        viewer.role === "owner"
          ? "The workspace's Server-to-Server connection needs to be reconnected."
          : "The workspace's Server-to-Server connection needs attention: ask the owner to reconnect it.",
    });
  }
  return alerts;
}

/** A connection the viewer may disconnect or reconnect: their own, or (owners) the account's. */
export async function manageableConnection(viewer: Viewer, id: string) {
  const row = await db().zoomConnection.findFirst({
    where: { id, workspaceId: viewer.workspaceId },
    select: { id: true, slot: true, kind: true, zoomAccountId: true, status: true },
  });
  if (!row) return null;
  if (row.slot === userSlot(viewer.userId)) return row;
  if (row.slot === ACCOUNT_SLOT && viewer.role === "owner") return row;
  return null;
}
