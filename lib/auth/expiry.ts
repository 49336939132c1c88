/**
 * Token lifetime arithmetic, shared by the vault (when to refresh) and the UI (what to show).
 * Pure: every function takes `now` so tests and the sandbox clock stay in control.
 */

/** Refresh this long before Zoom's expiry, so a token never expires mid-request or mid-page. */
export const RENEW_AHEAD_MS = 5 * 60_000;
/** A token this close to expiry is not handed out even when renewing failed. */
export const MIN_USABLE_MS = 30_000;

/**
 * When a token granted with `expiresInSeconds` expires. Counted from when the request was sent,
 * not when the answer arrived, so a slow answer errs on the early side.
 */
export function expiresAtFrom(requestedAtMs: number, expiresInSeconds: number): Date {
  return new Date(requestedAtMs + Math.max(0, expiresInSeconds) * 1000);
}

/** Whether the token should be renewed now (unknown expiry counts as due). */
export function isRenewalDue(expiresAt: Date | null, nowMs: number): boolean {
  return !expiresAt || expiresAt.getTime() - nowMs <= RENEW_AHEAD_MS;
}

/** Whether the token can still be used for a request starting now. */
export function isUsable(expiresAt: Date | null, nowMs: number): boolean {
  return !!expiresAt && expiresAt.getTime() - nowMs > MIN_USABLE_MS;
}

/** "in 59 minutes", "in 2 hours", "expired 3 minutes ago" — for people, not for logic. */
export function describeExpiry(expiresAt: Date | string | null, nowMs: number): string {
  if (!expiresAt) return "unknown";
  const deltaMs = new Date(expiresAt).getTime() - nowMs;
  const text = describeDuration(Math.abs(deltaMs));
  return deltaMs >= 0 ? `in ${text}` : `expired ${text} ago`;
}

/** "less than a minute", "1 minute", "59 minutes", "2 hours", "3 days". */
export function describeDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return "less than a minute";
  if (minutes < 120) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}

/** "3 minutes ago", "just now". */
export function describeAgo(at: Date | string | null, nowMs: number): string {
  if (!at) return "never";
  const ms = nowMs - new Date(at).getTime();
  return ms < 60_000 ? "just now" : `${describeDuration(ms)} ago`;
}
