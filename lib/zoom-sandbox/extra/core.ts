/**
 * Everything the extra modules need from the core (S1's meetings/webinars/users code) goes through
 * this file, so a change in the core's helpers is a change here only.
 */
import { findMeeting } from "../meetings/lookup";
import { occurrencesOf as coreOccurrences } from "../meetings/occurrences";
import { resolveUser } from "../users/lookup";
import { findWebinar } from "../webinars/lookup";
import type { RouteContext, SandboxMeeting, SandboxWebinar } from "../types";

export { findMeeting, findWebinar, resolveUser };
export { findMeetingIn } from "../meetings/lookup";
export { findWebinarIn } from "../webinars/lookup";
export { findUser } from "../users/lookup";
export { canActOnUser, hasAdminAccess } from "../access";
export { json, noContent } from "../http";
export { paginate } from "../pagination";
export { newUserId, newShortId } from "../ids";

export type Parent = SandboxMeeting | SandboxWebinar;

export type { Occurrence } from "../meetings/occurrences";

/** Occurrences still on the calendar (deleted ones dropped), in the shape registrant responses use. */
export function occurrencesOf(parent: Parent): { occurrence_id: string; start_time: string; duration: number; status: string }[] {
  return coreOccurrences(parent)
    .filter((o) => o.status === "available")
    .map(({ occurrence_id, start_time, duration, status }) => ({ occurrence_id, start_time, duration, status }));
}

/** A meeting is live while the core's control API has marked it started. */
export function isLive(parent: Parent): boolean {
  return parent.status === "started";
}

export { isoZ } from "../clock";

export type { RouteContext };
