/**
 * Zoom's body for creating or changing a scheduled item (a meeting or a webinar): topic, agenda,
 * timing, passcode, template and the registration/recording/host settings they share. Each kind
 * (meeting-body.ts, webinar-body.ts) supplies only what Zoom treats differently — its type numbers,
 * its passcode flag and its own settings. Times go to Zoom as local `yyyy-MM-ddTHH:mm:ss` plus
 * `timezone` (Zoom's documented form), so a 09:00 meeting stays 09:00 in its zone whatever the
 * server's own zone is. The way back (Zoom object → form values) is lib/schemas/scheduled-from-zoom.ts.
 */
import { DateTime } from "luxon";
import { toZoomRecurrence, type RecurrenceInput } from "@/lib/schemas/recurrence";
import type { ScheduledInput, SharedSettingsInput } from "@/lib/schemas/scheduled";

interface TimingInput {
  startDate: string;
  startTime: string;
  timezone: string;
  recurrence: RecurrenceInput | null;
}

/** The same settings as Zoom names them on meetings and webinars alike. */
interface SharedZoomSettings {
  auto_recording?: "local" | "cloud" | "none";
  approval_type?: 0 | 1 | 2;
  registration_type?: 1 | 2 | 3;
  alternative_hosts?: string;
}

/** MeetingInput / WebinarInput: the shared fields plus the kind's settings. */
type ScheduledInputWith<S> = ScheduledInput & { settings: S };

type ScheduledUpdate<S> = Partial<Omit<ScheduledInputWith<S>, "scheduleFor" | "templateId">>;

/** Where meetings and webinars differ on the way to Zoom, stated once per kind. */
export interface ScheduledBodyKind<S, Z> {
  /** Zoom's `type` for a one-off and for a recurring item with fixed times (ZOOM_TYPES). */
  types: { single: number; recurring: number };
  /** Zoom's create flag for "generate a passcode": `default_password` on meetings, `default_passcode` on webinars. */
  generatedPasscodeFlag: "default_password" | "default_passcode";
  /** How Zoom documents `alternative_hosts`: semicolon-separated for meetings, comma-separated for webinars. */
  alternativeHostsSeparator: ";" | ",";
  /** The kind's own settings; the shared ones are added by sharedSettingsBody. */
  settingsBody(settings: S): Z;
  /** Zoom's name for each of the kind's own settings (form key → Zoom key), to send template overrides alone. */
  zoomNames: Record<Exclude<keyof S, keyof SharedSettingsInput>, string>;
}

const SHARED_ZOOM_NAMES: Record<keyof SharedSettingsInput, keyof SharedZoomSettings> = {
  autoRecording: "auto_recording",
  approvalType: "approval_type",
  registrationType: "registration_type",
  alternativeHosts: "alternative_hosts",
};

/** The end date (inclusive, in the zone) as Zoom's UTC `end_date_time`. */
function endOfDayUtc(date: string, zone: string): string {
  return DateTime.fromISO(date, { zone }).endOf("day").set({ millisecond: 0 }).toUTC().toISO({ suppressMilliseconds: true })!;
}

/** `type`, `start_time`, `timezone`, `recurrence`; `types` says which Zoom type means one-off / recurring. */
function timingBody(input: TimingInput, types: { single: number; recurring: number }): Record<string, unknown> {
  return {
    type: input.recurrence ? types.recurring : types.single,
    start_time: `${input.startDate}T${input.startTime}:00`,
    timezone: input.timezone,
    ...(input.recurrence ? { recurrence: toZoomRecurrence(input.recurrence, (date) => endOfDayUtc(date, input.timezone)) } : {}),
  };
}

/** Editing one occurrence: Zoom moves only that occurrence's start and length. */
export function occurrenceBody(input: Omit<TimingInput, "recurrence"> & { duration: number }): Record<string, unknown> {
  return { start_time: `${input.startDate}T${input.startTime}:00`, timezone: input.timezone, duration: input.duration };
}

function sharedSettingsBody(s: SharedSettingsInput, recurring: boolean, separator: ";" | ","): SharedZoomSettings {
  return {
    auto_recording: s.autoRecording,
    approval_type: s.approvalType,
    // Zoom only reads registration_type for recurring items with fixed times (type 8 / 9).
    ...(recurring && s.approvalType !== 2 ? { registration_type: s.registrationType } : {}),
    alternative_hosts: s.alternativeHosts.join(separator),
  };
}

function settingsBody<S extends SharedSettingsInput, Z>(kind: ScheduledBodyKind<S, Z>, s: S, recurring: boolean): Z {
  return { ...kind.settingsBody(s), ...sharedSettingsBody(s, recurring, kind.alternativeHostsSeparator) };
}

/** With a template: only the settings the person changed (`templateOverrides`), which override the template's. */
function templateOverrideBody<S extends SharedSettingsInput, Z>(kind: ScheduledBodyKind<S, Z>, input: ScheduledInputWith<S>): Record<string, unknown> {
  const names: Record<string, string> = { ...SHARED_ZOOM_NAMES, ...kind.zoomNames };
  const full = settingsBody(kind, input.settings, !!input.recurrence) as Record<string, unknown>;
  const picked = (input.templateOverrides ?? []).map((key) => names[key]).filter((name): name is string => !!name && name in full);
  return picked.length ? { settings: Object.fromEntries(picked.map((name) => [name, full[name]])) } : {};
}

/**
 * `POST /users/{userId}/meetings|webinars` body. With a template, only the settings the person
 * changed are sent (and an empty agenda is left out): Zoom applies the template's for everything
 * else, and anything sent explicitly overrides it — the API cannot read a template's settings.
 */
export function scheduledCreateBody<S extends SharedSettingsInput, Z>(input: ScheduledInputWith<S>, kind: ScheduledBodyKind<S, Z>): Record<string, unknown> {
  const fromTemplate = !!input.templateId;
  return {
    topic: input.topic,
    ...(fromTemplate && !input.agenda ? {} : { agenda: input.agenda }),
    ...timingBody(input, kind.types),
    duration: input.duration,
    ...(fromTemplate ? templateOverrideBody(kind, input) : { settings: settingsBody(kind, input.settings, !!input.recurrence) }),
    // No passcode typed: let Zoom generate one when the account requires it.
    ...(input.passcode ? { password: input.passcode } : { [kind.generatedPasscodeFlag]: true }),
    ...(input.templateId ? { template_id: input.templateId } : {}),
  };
}

/** Whole-series `PATCH /meetings|webinars/{id}` body: only the fields present in `update`. */
export function scheduledUpdateBody<S extends SharedSettingsInput, Z>(update: ScheduledUpdate<S>, kind: ScheduledBodyKind<S, Z>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (update.topic !== undefined) body.topic = update.topic;
  if (update.agenda !== undefined) body.agenda = update.agenda;
  if (update.duration !== undefined) body.duration = update.duration;
  if (update.passcode !== undefined) body.password = update.passcode;
  const { startDate, startTime, timezone, recurrence } = update;
  if (startDate !== undefined && startTime !== undefined && timezone !== undefined && recurrence !== undefined) {
    Object.assign(body, timingBody({ startDate, startTime, timezone, recurrence }, kind.types));
  }
  // Timing left out (unchanged) says nothing about whether the item recurs: send registration_type
  // then too (Zoom ignores it on one-off items), or a settings-only edit of a series would drop it.
  if (update.settings) body.settings = settingsBody(kind, update.settings, update.recurrence === undefined || !!update.recurrence);
  return body;
}
