/**
 * What meeting and webinar bodies share, both ways: topic, agenda, timing, passcode, template and
 * the registration/recording/host settings. Each kind (meeting-body.ts, webinar-body.ts) supplies
 * only what Zoom treats differently — its type numbers, its passcode flag and its own settings.
 */
import type { ScheduleInput } from "@/lib/schemas/schedule";
import { splitHosts, timingBody, timingFromZoom, type ScheduledItem } from "@/lib/zoom/schedule-body";
import type { ZoomOccurrence } from "@/lib/zoom/types/meeting";

/** The settings both forms hold (lib/schemas/schedule.ts). */
export interface SharedSettingsInput {
  autoRecording: "none" | "local" | "cloud";
  approvalType: 0 | 1 | 2;
  registrationType: 1 | 2 | 3;
  alternativeHosts: string[];
}

/** The same settings as Zoom names them on meetings and webinars alike. */
export interface SharedZoomSettings {
  auto_recording?: "local" | "cloud" | "none";
  approval_type?: 0 | 1 | 2;
  registration_type?: 1 | 2 | 3;
  alternative_hosts?: string;
}

/** MeetingInput / WebinarInput: the shared fields plus the kind's settings. */
type ScheduledInput<S> = ScheduleInput & { settings: S };

type ScheduledUpdate<S> = Partial<Omit<ScheduledInput<S>, "scheduleFor" | "templateId">>;

/** A meeting or webinar as Zoom returns it (with or without `start_url`). */
interface ZoomScheduled<Z> extends ScheduledItem {
  type: number;
  topic?: string;
  agenda?: string;
  password?: string;
  template_id?: string;
  settings?: Z;
}

/** Where meetings and webinars differ, stated once per kind. */
export interface ScheduledKind<S, Z> {
  /** Zoom's `type` for a one-off and for a recurring item with fixed times (meetings 2/8, webinars 5/9). */
  types: { single: number; recurring: number };
  /** Zoom's create flag for "generate a passcode": `default_password` on meetings, `default_passcode` on webinars. */
  generatedPasscodeFlag: "default_password" | "default_passcode";
  /** The kind's own settings; the shared ones are added by sharedSettingsBody. */
  settingsBody(settings: S): Z;
  settingsFromZoom(settings: Z): Omit<S, keyof SharedSettingsInput>;
  /** Zoom's name for each of the kind's own settings (form key → Zoom key), to send template overrides alone. */
  zoomNames: Record<Exclude<keyof S, keyof SharedSettingsInput>, string>;
}

const SHARED_ZOOM_NAMES: Record<keyof SharedSettingsInput, keyof SharedZoomSettings> = {
  autoRecording: "auto_recording",
  approvalType: "approval_type",
  registrationType: "registration_type",
  alternativeHosts: "alternative_hosts",
};

function sharedSettingsBody(s: SharedSettingsInput, recurring: boolean): SharedZoomSettings {
  return {
    auto_recording: s.autoRecording,
    approval_type: s.approvalType,
    // Zoom only reads registration_type for recurring items with fixed times (type 8 / 9).
    ...(recurring && s.approvalType !== 2 ? { registration_type: s.registrationType } : {}),
    alternative_hosts: s.alternativeHosts.join(";"),
  };
}

function settingsBody<S extends SharedSettingsInput, Z>(kind: ScheduledKind<S, Z>, s: S, recurring: boolean): Z {
  return { ...kind.settingsBody(s), ...sharedSettingsBody(s, recurring) };
}

/** With a template: only the settings the person changed (`templateOverrides`), which override the template's. */
function templateOverrideBody<S extends SharedSettingsInput, Z>(kind: ScheduledKind<S, Z>, input: ScheduledInput<S>): Record<string, unknown> {
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
export function scheduledCreateBody<S extends SharedSettingsInput, Z>(input: ScheduledInput<S>, kind: ScheduledKind<S, Z>): Record<string, unknown> {
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
export function scheduledUpdateBody<S extends SharedSettingsInput, Z>(update: ScheduledUpdate<S>, kind: ScheduledKind<S, Z>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (update.topic !== undefined) body.topic = update.topic;
  if (update.agenda !== undefined) body.agenda = update.agenda;
  if (update.duration !== undefined) body.duration = update.duration;
  if (update.passcode !== undefined) body.password = update.passcode;
  const { startDate, startTime, timezone, recurrence } = update;
  if (startDate !== undefined && startTime !== undefined && timezone !== undefined && recurrence !== undefined) {
    Object.assign(body, timingBody({ startDate, startTime, timezone, recurrence }, kind.types));
  }
  if (update.settings) body.settings = settingsBody(kind, update.settings, !!update.recurrence);
  return body;
}

/** The edit form's values for a meeting/webinar (or for one of its occurrences). */
export function scheduledToInput<S extends SharedSettingsInput, Z extends SharedZoomSettings>(
  item: ZoomScheduled<Z>,
  kind: ScheduledKind<S, Z>,
  fallbackZone: string,
  occurrence?: ZoomOccurrence,
): ScheduledInput<S> {
  const s = item.settings ?? ({} as Z);
  const shared: SharedSettingsInput = {
    autoRecording: s.auto_recording ?? "none",
    approvalType: s.approval_type ?? 2,
    registrationType: s.registration_type ?? 1,
    alternativeHosts: splitHosts(s.alternative_hosts),
  };
  return {
    topic: item.topic ?? "",
    agenda: item.agenda ?? "",
    ...timingFromZoom(item, item.type === kind.types.recurring, fallbackZone, occurrence),
    passcode: item.password ?? "",
    settings: { ...kind.settingsFromZoom(s), ...shared } as S,
    scheduleFor: "",
    templateId: item.template_id ?? "",
  };
}
