/**
 * The meeting or webinar a registrant belongs to, and the registration rules Zoom applies to it.
 * Meetings and webinars share the registrant API but differ in error codes and wording; those
 * differences are kept here, in one table per kind.
 */
import { ZoomSandboxError, type HandlerLimits, type MeetingOrWebinar, type RouteContext, type SandboxRegistrant } from "../types";
import { findMeeting } from "../meetings/lookup";
import { findWebinar } from "../webinars/lookup";
import { isoZ } from "../clock";
import { availableOccurrences } from "../meetings/occurrences";

export type RegistrantKind = SandboxRegistrant["kind"];

export interface ParentRef {
  kind: RegistrantKind;
  parent: MeetingOrWebinar;
}

/** Where each operation's "registration is off" error differs between meetings and webinars. */
type RegistrationOffCase = "create" | "list" | "other" | "status";

export function registrationOff(kind: RegistrantKind, id: number | string, op: RegistrationOffCase): ZoomSandboxError {
  if (kind === "meeting") {
    // On the wire, adding a registrant answers code 404 inside an HTTP 400 (the spec's batch
    // twin documents the same pair); delete and status use 300 per the spec.
    const code = op === "create" || op === "list" ? 404 : 300;
    return new ZoomSandboxError(400, code, `Registration has not been enabled for this meeting: ${id}.`);
  }
  if (op === "create") return new ZoomSandboxError(400, 3000, `This webinar does not have registration as required: ${id}.`);
  if (op === "status") return new ZoomSandboxError(400, 300, `Registration has not been enabled for this meeting: ${id}.`);
  return new ZoomSandboxError(400, 3000, `Registration has not been enabled for this webinar: ${id}.`);
}

/** Resolves `{meetingId}`/`{webinarId}` (404/3001 when unknown or not visible to the caller). */
export function resolveParent(ctx: RouteContext, kind: RegistrantKind): ParentRef {
  if (kind === "meeting") return { kind, parent: findMeeting(ctx, ctx.params.meetingId) };
  return { kind, parent: findWebinar(ctx, ctx.params.webinarId) };
}

/**
 * Registration is on when `approval_type` is 0 (automatic) or 1 (manual); 2 means "no registration".
 * Zoom also refuses it on meetings without a fixed time (types 1, 3 and 10; webinar type 6), even
 * when `approval_type` says otherwise.
 */
export function registrationEnabled({ kind, parent }: ParentRef): boolean {
  const approval = Number(parent.settings.approval_type ?? 2);
  if (approval !== 0 && approval !== 1) return false;
  return kind === "meeting" ? parent.type === 2 || parent.type === 8 : parent.type === 5 || parent.type === 9;
}

export function requireRegistration(ref: ParentRef, op: RegistrationOffCase): void {
  if (!registrationEnabled(ref)) throw registrationOff(ref.kind, ref.parent.id, op);
}

/** Manual approval (1) leaves new registrants pending unless the caller asked to auto-approve. */
export function initialStatus(ref: ParentRef, autoApprove: boolean): SandboxRegistrant["status"] {
  return Number(ref.parent.settings.approval_type) === 1 && !autoApprove ? "pending" : "approved";
}

/** True once the last (or only) occurrence has ended; Zoom then refuses new registrations. */
export function isOver(ref: ParentRef, now: Date): boolean {
  const { parent } = ref;
  const occurrences = availableOccurrences(parent);
  const ends = occurrences.length
    ? occurrences.map((o) => Date.parse(o.start_time) + o.duration * 60_000)
    : parent.start_time
      ? [Date.parse(parent.start_time) + parent.duration * 60_000]
      : [];
  return ends.length > 0 && Math.max(...ends) < now.getTime();
}

export function overError(kind: RegistrantKind): ZoomSandboxError {
  return kind === "meeting"
    ? new ZoomSandboxError(400, 3038, "Meeting is over, you can not register now. If you have any questions, please contact the Meeting host.")
    : new ZoomSandboxError(400, 3038, "Webinar is over, you cannot register now. If you have any questions, contact the webinar host.");
}

/** The `start_time` a registrant response reports: the next occurrence for recurring parents. */
export function nextStart(ref: ParentRef, now: Date): string | undefined {
  const upcoming = availableOccurrences(ref.parent)
    .filter((o) => Date.parse(o.start_time) >= now.getTime())
    .sort((a, b) => Date.parse(a.start_time) - Date.parse(b.start_time));
  if (upcoming.length) return upcoming[0].start_time;
  return ref.parent.start_time ? isoZ(Date.parse(ref.parent.start_time)) : undefined;
}

export function registrantsOf(ctx: RouteContext, ref: ParentRef): SandboxRegistrant[] {
  return ctx.state.registrants.filter((r) => r.kind === ref.kind && r.parent_id === ref.parent.id);
}

/**
 * The most registrants `ref` may have: its kind's cap, or lower when a webinar restricts its own
 * number of registrants (`settings.registrants_restrict_number`, 0 = no restriction).
 */
export function registrantCapOf(limits: HandlerLimits, ref: ParentRef): number {
  const cap = limits.registrantCap(ref.kind);
  const restrict = ref.kind === "webinar" ? Number(ref.parent.settings.registrants_restrict_number ?? 0) : 0;
  return restrict > 0 ? Math.min(restrict, cap) : cap;
}
