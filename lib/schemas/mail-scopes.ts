/**
 * Whether a user-level connection may read and write its own Zoom Mail: Zoom accepts the classic
 * scopes (`mail:read`, `mail:write`, or their `:admin` forms) or the granular `email:*` ones listed
 * on each Mail operation. Pure, so pages and routes decide the same way.
 */
export const MAIL_READ_SCOPES = ["mail:read", "mail:read:admin"];
export const MAIL_WRITE_SCOPES = ["mail:write", "mail:write:admin"];

export interface MailAccess {
  read: boolean;
  write: boolean;
  /** The classic scopes still missing, for the explanation. */
  missing: string[];
}

export function mailAccess(scopes: readonly string[]): MailAccess {
  const read = scopes.some((s) => MAIL_READ_SCOPES.includes(s) || s.startsWith("email:read:"));
  const write = scopes.some((s) => MAIL_WRITE_SCOPES.includes(s) || /^email:(write|update|delete):/.test(s));
  return { read, write, missing: [...(read ? [] : ["mail:read"]), ...(write ? [] : ["mail:write"])] };
}

export function missingMailScopesSentence(missing: readonly string[]): string {
  return `Your Zoom connection does not include the Mail scope${missing.length > 1 ? "s" : ""} ${missing.map((s) => `“${s}”`).join(" and ")}.`;
}

/** What to do about it: the Zoom app must offer the scopes, then the person approves them by reconnecting. */
export function missingMailScopesMessage(missing: readonly string[]): string {
  return (
    `${missingMailScopesSentence(missing)} ` +
    "Whoever manages this dashboard's Zoom app adds them under Scopes on Zoom's App Marketplace; then use “Reconnect with Zoom” in Settings → Connections and approve them."
  );
}

/** Zoom's prerequisites for any Mail call (stated on every Mail operation). */
export const MAIL_PREREQUISITES =
  "Zoom Mail needs a Workplace Business (or higher) license, the Zoom Mail service enabled and onboarded for the account, Mail end-to-end encryption turned off, and a provisioned mailbox for you. A Zoom account admin can check these in Zoom's admin portal.";
