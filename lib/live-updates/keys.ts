/**
 * Which TanStack query keys a Zoom event makes stale: the prefixes the browser invalidates
 * (lib/queries/*: `["meetings", "list" | "detail", id]`, `["registrants", kind, id]`,
 * `["recordings", "list" | "detail", uuid]`, `["home"]`, and the live panel's `["live", …]`).
 * Pure, so the server decides once and every browser does exactly this.
 */
export type QueryKeyPrefix = readonly string[];

/** Every event the dashboard reacts to; the Zoom app subscribes to these (Settings → Webhooks lists them). */
export const SUBSCRIBED_EVENTS = [
  "meeting.created",
  "meeting.updated",
  "meeting.deleted",
  "meeting.started",
  "meeting.ended",
  "meeting.registration_created",
  "meeting.registration_approved",
  "meeting.registration_denied",
  "meeting.registration_cancelled",
  "webinar.created",
  "webinar.updated",
  "webinar.deleted",
  "webinar.started",
  "webinar.ended",
  "webinar.registration_created",
  "webinar.registration_approved",
  "webinar.registration_denied",
  "webinar.registration_cancelled",
  "recording.completed",
  "recording.trashed",
  "recording.recovered",
  "recording.deleted",
] as const;

export function queryKeysFor(event: string, objectId: string | null, objectUuid: string | null = null): QueryKeyPrefix[] {
  const [resource, action = ""] = event.split(".");
  const id = objectId ?? "";
  if ((resource === "meeting" || resource === "webinar") && action.startsWith("registration_")) {
    return [["registrants", resource, id]];
  }
  if (resource === "meeting" || resource === "webinar") {
    const root = resource === "meeting" ? "meetings" : "webinars";
    const keys: QueryKeyPrefix[] = [[root, "list"], [root, "detail", id], ["home"]];
    // Only a start or an end changes what is live; an edit or a new meeting does not.
    if (action === "started" || action === "ended" || action === "deleted") keys.push(["live"]);
    return keys;
  }
  if (resource === "recording") {
    const keys: QueryKeyPrefix[] = [["recordings", "list"]];
    if (objectUuid) keys.push(["recordings", "detail", objectUuid]);
    return keys;
  }
  return [];
}
