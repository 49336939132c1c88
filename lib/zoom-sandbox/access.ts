/**
 * Who may act on whom. Rules (documented in SANDBOX.md):
 * - account tokens (Server-to-Server) act on any user of the account;
 * - user tokens (authorization_code / device) act on their own user;
 * - a user token whose user is Owner or Admin may act on any user when the app was granted an
 *   `:admin` (or `:master`) scope that the operation accepts — mirroring Zoom's admin-level apps.
 */
import type { RouteContext, RouteDef, SandboxUser } from "./types";

const routeByContext = new WeakMap<object, RouteDef>();

/** Called by the router so access checks can see which operation is running. */
export function bindRoute(ctx: RouteContext, route: RouteDef): void {
  routeByContext.set(ctx, route);
}

export function routeOf(ctx: RouteContext): RouteDef | undefined {
  return routeByContext.get(ctx);
}

export function isAdminRole(user: SandboxUser | undefined): boolean {
  return user !== undefined && (user.role_name === "Owner" || user.role_name === "Admin");
}

/** True when the caller may act on users other than itself in this operation. */
export function hasAdminAccess(ctx: RouteContext): boolean {
  if (ctx.auth.kind === "account") return true;
  const caller = ctx.state.users.find((u) => u.id === ctx.auth.userId);
  if (!isAdminRole(caller)) return false;
  const adminScope = (s: string) => s.endsWith(":admin") || s.endsWith(":master") || s.includes(":admin:");
  const route = routeOf(ctx);
  const granted = ctx.auth.scopes.filter(adminScope);
  if (!route) return granted.length > 0;
  return granted.some((s) => route.scopes.includes(s));
}

/** True when the caller may read or change data owned by `userId`. */
export function canActOnUser(ctx: RouteContext, userId: string): boolean {
  return userId === ctx.auth.userId || hasAdminAccess(ctx);
}
