/**
 * What every scheduled item — a meeting or a webinar — shares: topic, agenda, when (local date + time + IANA zone), how long,
 * passcode and recurrence. Limits are Zoom's (Meetings API): topic ≤ 200, agenda ≤ 2000,
 * duration 1–1440 minutes, passcode ≤ 10.
 */
import { z } from "zod";
import { isoDate, localTime, localToInstant, timeZone, zoomIdOrEmail } from "@/lib/schemas/common";
import { intervalIssue, recurrenceSchema, type RecurrenceInput } from "@/lib/schemas/recurrence";

/** Zoom passcodes: up to 10 letters, digits and symbols such as ! @ # (no spaces). */
export const passcode = z
  .string()
  .max(10, "Zoom passcodes are at most 10 characters.")
  .regex(/^[\x21-\x7E]*$/, "Use letters, numbers and symbols, without spaces.");

/**
 * One alternative host: an email address, or a Zoom user id (Zoom reports hosts added by id that
 * way and accepts them back). Zoom's user ids are 22 url-safe characters; anything shorter that is
 * not an email is a typo, which the old loose id pattern let through to Zoom ("not-an-email").
 */
export const alternativeHost = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (z.email().safeParse(value).success || /^[A-Za-z0-9_-]{22}$/.test(value)) return;
    ctx.addIssue({ code: "custom", message: `“${value}” is not an email address.` });
  });

/** Alternative hosts by email (or Zoom user id), each checked on its own so the message names it. */
export const alternativeHosts = z.array(alternativeHost).max(50, "Zoom allows at most 50 alternative hosts.");

/** 0 approve automatically, 1 approve manually, 2 no registration. */
export const approvalType = z.union([z.literal(0), z.literal(1), z.literal(2)]);
/** 1 register once for all occurrences, 2 for each occurrence, 3 choose occurrences (recurring only). */
export const registrationType = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export const autoRecording = z.enum(["none", "local", "cloud"]);

export const scheduledFields = {
  topic: z.string().trim().min(1, "Give it a topic.").max(200, "Zoom topics are at most 200 characters."),
  agenda: z.string().max(2000, "Zoom agendas are at most 2,000 characters."),
  startDate: isoDate,
  startTime: localTime,
  timezone: timeZone,
  duration: z
    .number({ error: "Enter the duration in minutes." })
    .int("Use whole minutes.")
    .min(1, "At least 1 minute.")
    .max(1440, "Zoom allows at most 24 hours (1,440 minutes)."),
  passcode,
  recurrence: recurrenceSchema.nullable(),
  /** Admins: the user (email or Zoom id) who will host; empty for the viewer themselves. */
  scheduleFor: z.union([zoomIdOrEmail, z.literal("")]),
  templateId: z.string().max(64),
  /**
   * With a template: the settings (form keys, e.g. `waitingRoom`) the person changed, which are sent
   * to override the template's; Zoom applies the template's own value for every other setting.
   */
  templateOverrides: z.array(z.string().regex(/^[A-Za-z]{1,40}$/)).max(40).optional(),
};

/** The fields every meeting and webinar input has, settings aside. */
export type ScheduledInput = z.infer<z.ZodObject<typeof scheduledFields>>;

/** Keys that decide when something happens; Zoom needs them together to recompute occurrences. */
export const TIMING_KEYS = ["startDate", "startTime", "timezone", "recurrence"] as const;

type Timing = Partial<Record<(typeof TIMING_KEYS)[number], unknown>>;

/** For PATCH bodies: timing keys come all together or not at all. */
export function requireWholeTiming(value: Timing, ctx: z.RefinementCtx): void {
  const present = TIMING_KEYS.filter((key) => value[key] !== undefined);
  if (present.length > 0 && present.length < TIMING_KEYS.length) {
    const missing = TIMING_KEYS.filter((key) => value[key] === undefined);
    ctx.addIssue({ code: "custom", path: [missing[0]!], message: `Send ${TIMING_KEYS.join(", ")} together when changing the schedule.` });
  }
}

/** For creates: the start must be in the future (Zoom silently moves a past start to "now"). */
export function requireFutureStart(value: { startDate: string; startTime: string; timezone: string }, ctx: z.RefinementCtx): void {
  const start = localToInstant(value.startDate, value.startTime, value.timezone);
  if (start.isValid && start.toMillis() < Date.now() - 60_000) {
    ctx.addIssue({ code: "custom", path: ["startTime"], message: "This time has already passed; pick a time in the future." });
  }
}

/** The settings both kinds have; each kind's settings schema spreads these. */
export const sharedSettingsFields = { autoRecording, approvalType, registrationType, alternativeHosts };

export type SharedSettingsInput = z.infer<z.ZodObject<typeof sharedSettingsFields>>;

/**
 * Zoom's `type` for a one-off item and for a recurring one with fixed times (Meetings API: meetings
 * 2/8, webinars 5/9). Only the fixed-time recurring ones carry a pattern the forms edit.
 */
export const ZOOM_TYPES = { meeting: { single: 2, recurring: 8 }, webinar: { single: 5, recurring: 9 } } as const;

/** The two kinds of scheduled item. */
export type ScheduledKind = "meeting" | "webinar";

/**
 * One scheduled item. The child resources (registrants, recordings, tokens, live events) hang off
 * a parent of either kind, so each is written once, generic over this.
 */
export interface ScheduledRef {
  kind: ScheduledKind;
  id: string;
}

/**
 * A kind's input, create, PATCH and one-occurrence schemas from its settings schema. A PATCH carries
 * only what changed: sending unchanged timing would make Zoom recompute the series and forget
 * per-occurrence edits and deletions, so the edit form leaves it out unless the time or pattern was
 * touched — and then sends all of it.
 */
export function scheduledSchemas<S extends z.ZodRawShape & typeof sharedSettingsFields>(settings: z.ZodObject<S>, kind: ScheduledKind) {
  const fields = z.object({ ...scheduledFields, settings });
  const kindInterval = (value: { recurrence?: RecurrenceInput | null }, ctx: z.RefinementCtx) => {
    const issue = intervalIssue(kind, value.recurrence);
    if (issue) ctx.addIssue({ code: "custom", path: ["recurrence", "interval"], message: issue });
  };
  // "Attendees register: separately for each occurrence" on a one-off item is not an error: the
  // setting only exists for recurring series, so the body leaves it out (lib/zoom/scheduled-body.ts)
  // — as Zoom ignores it. (Refusing it put the message on a field the form hides once "Recurring"
  // is unticked: the Schedule button then did nothing, silently.)
  const input = fields.superRefine(kindInterval);
  return {
    input,
    create: input.superRefine(requireFutureStart),
    update: fields.omit({ scheduleFor: true, templateId: true, templateOverrides: true }).partial().superRefine(requireWholeTiming).superRefine(kindInterval),
    occurrenceUpdate: fields.pick({ startDate: true, startTime: true, timezone: true, duration: true }),
  };
}
