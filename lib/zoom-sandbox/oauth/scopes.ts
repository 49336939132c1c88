/**
 * Which scopes a token carries. The app's granted scopes are configurable; a member (non-admin)
 * cannot grant admin-level scopes, so their tokens carry only the non-admin ones — the same
 * split Zoom makes between user-managed and admin-managed apps.
 */
import { isAdminRole } from "../access";
import type { SandboxRuntime } from "../runtime";
import type { SandboxUser } from "../types";

export function isAdminScope(scope: string): boolean {
  return scope.endsWith(":admin") || scope.endsWith(":master") || scope.includes(":admin:");
}

export function scopesForUser(rt: SandboxRuntime, user: SandboxUser): string[] {
  const granted = rt.config.grantedScopes;
  return isAdminRole(user) ? [...granted] : granted.filter((s) => !isAdminScope(s));
}

/** Every scope any registered operation accepts, plus the profile scopes sign-in libraries ask for. */
export function allRouteScopes(routes: { scopes: string[] }[]): string[] {
  const set = new Set<string>(["user:read", "user:read:user", "user_info:read"]);
  for (const r of routes) for (const s of r.scopes) set.add(s);
  return [...set].sort();
}
