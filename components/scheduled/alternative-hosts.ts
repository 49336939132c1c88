/**
 * Alternative hosts against the account's users (admins have the list from `GET /api/zoom/hosts`):
 * Zoom refuses anyone outside the account, so the form says so before Zoom is asked.
 */
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { HostList } from "@/lib/services/account";

type AccountUser = Pick<HostList["hosts"][number], "id" | "email">;

/** Entries (emails or Zoom ids) that name nobody in `users`; emails compare case-insensitively. */
export function outsideAccount(entries: readonly string[], users: readonly AccountUser[]): string[] {
  const emails = new Set(users.map((user) => user.email.toLowerCase()));
  const ids = new Set(users.map((user) => user.id));
  return entries.filter((entry) => !ids.has(entry) && !emails.has(entry.toLowerCase()));
}

/** The field message for entries outside the account, or null when there are none. */
export function outsideAccountMessage(outside: readonly string[]): string | null {
  if (!outside.length) return null;
  return outside.length === 1 ? `${outside[0]} is not a user of this Zoom account.` : `${outside.join(", ")} are not users of this Zoom account.`;
}

/**
 * Before saving: marks the alternative hosts field when someone is outside the account. Without a
 * complete list (members cannot list users; a truncated or failed list) only the format is checked.
 * Returns whether the values may be sent.
 */
export function checkAlternativeHosts<T extends FieldValues>(
  values: { settings: { alternativeHosts: string[] } },
  list: HostList | undefined,
  setError: UseFormSetError<T>,
): boolean {
  if (!list || list.truncated) return true;
  const message = outsideAccountMessage(outsideAccount(values.settings.alternativeHosts, list.hosts));
  if (!message) return true;
  setError("settings.alternativeHosts" as Path<T>, { type: "account", message }, { shouldFocus: true });
  return false;
}
