/**
 * Which dashboard features a connection's granted scopes allow. Zoom accepts either the classic
 * scope (`meeting:read`) or a granular one (`meeting:read:list_meetings`); any listed scope enables
 * the feature. Derived from the list operations' `scopes`/`granularScopes` in Zoom's OpenAPI
 * documents (shared/zoom-api/endpoint-index.json). Pure, so the browser can use it too.
 */

export interface ScopeFeature {
  id: "meetings" | "webinars" | "recordings" | "users" | "mail";
  label: string;
  /** Any of these lets a user-level connection use the feature for its own user. */
  userScopes: string[];
  /** Any of these lets an account-level connection use the feature for everyone in the account. */
  accountScopes: string[];
}

export const scopeFeatures: ScopeFeature[] = [
  {
    id: "meetings",
    label: "Meetings",
    userScopes: ["meeting:read", "meeting:read:list_meetings", "meeting:read:admin", "meeting:read:list_meetings:admin"],
    accountScopes: ["meeting:read:admin", "meeting:read:list_meetings:admin"],
  },
  {
    id: "webinars",
    label: "Webinars",
    userScopes: ["webinar:read", "webinar:read:list_webinars", "webinar:read:admin", "webinar:read:list_webinars:admin"],
    accountScopes: ["webinar:read:admin", "webinar:read:list_webinars:admin"],
  },
  {
    id: "recordings",
    label: "Recordings",
    userScopes: ["recording:read", "cloud_recording:read:list_user_recordings", "recording:read:admin", "cloud_recording:read:list_user_recordings:admin"],
    accountScopes: ["recording:read:admin", "cloud_recording:read:list_user_recordings:admin", "cloud_recording:read:list_user_recordings:master"],
  },
  {
    id: "users",
    label: "Users (whole account)",
    userScopes: [],
    accountScopes: ["user:read:admin", "user:write:admin", "user:read:list_users:admin"],
  },
  {
    id: "mail",
    label: "Mail",
    userScopes: ["mail:read", "email:read:list_msgs", "mail:read:admin", "email:read:list_msgs:admin"],
    accountScopes: ["mail:read:admin", "email:read:list_msgs:admin"],
  },
];

export type ScopeLevel = "user" | "account";

export interface FeatureAccess {
  feature: ScopeFeature;
  allowed: boolean;
  /** The scopes that would enable it (shown when it is not allowed). */
  needs: string[];
}

export function featureAccess(scopes: readonly string[], level: ScopeLevel): FeatureAccess[] {
  const granted = new Set(scopes);
  return scopeFeatures
    .filter((feature) => (level === "user" ? feature.userScopes : feature.accountScopes).length > 0)
    .map((feature) => {
      const needs = level === "user" ? feature.userScopes : feature.accountScopes;
      return { feature, allowed: needs.some((scope) => granted.has(scope)), needs };
    });
}

/** Whether a user-level token can act on the whole account (the person is a Zoom admin). */
export function hasAccountScopes(scopes: readonly string[]): boolean {
  return scopes.some((scope) => scope.endsWith(":admin") || scope.endsWith(":master") || scope.includes(":admin:"));
}
