/**
 * Small builders the seed uses to make meetings and webinars that look like Zoom's: times on
 * the host's local business hours, passcodes, default settings, past instances.
 */
import { DateTime } from "luxon";
import { isoZ } from "../clock";
import { newId, newUuid, type IdSource } from "../ids";
import { newPasscode } from "../meetings/links";
import { expandRecurrence, type Recurrence } from "../meetings/recurrence";
import { defaultMeetingSettings, defaultWebinarSettings, mergeSettings } from "../meetings/settings";
import { pick, randomInt } from "../random";
import type { SandboxMeeting, SandboxUser, SandboxWebinar } from "../types";

export interface SeedContext extends IdSource {
  anchor: Date;
}

/** A local wall-clock time `days` after the anchor's date in `zone`, as a UTC ISO string. */
export function localTime(ctx: SeedContext, zone: string, days: number, hour: number, minute = 0): string {
  const base = DateTime.fromJSDate(ctx.anchor, { zone }).startOf("day").plus({ days });
  return isoZ(base.set({ hour, minute, second: 0 }).toJSDate());
}

/** Zoom's weekday number (1 = Sunday) of the date `days` after the anchor in `zone`. */
export function zoomWeekdayAt(ctx: SeedContext, zone: string, days: number): number {
  return (DateTime.fromJSDate(ctx.anchor, { zone }).startOf("day").plus({ days }).weekday % 7) + 1;
}

export function shiftMinutes(iso: string, minutes: number): string {
  return isoZ(Date.parse(iso) + minutes * 60_000);
}

/** The first date after the anchor on which `zone` changes its UTC offset (a DST switch), if any within a year. */
export function nextOffsetChange(ctx: SeedContext, zone: string): number | undefined {
  const start = DateTime.fromJSDate(ctx.anchor, { zone }).startOf("day").set({ hour: 12 });
  for (let d = 1; d <= 366; d++) {
    if (start.plus({ days: d }).offset !== start.plus({ days: d - 1 }).offset) return d;
  }
  return undefined;
}

export interface MeetingSpec {
  topic: string;
  type: SandboxMeeting["type"];
  start_time?: string;
  duration?: number;
  recurrence?: Recurrence;
  settings?: Record<string, unknown>;
  agenda?: string;
  created_days_ago?: number;
}

export function seedMeeting(ctx: SeedContext, host: SandboxUser, spec: MeetingSpec): SandboxMeeting {
  let start = spec.start_time;
  if (spec.type === 8 && spec.recurrence && start) start = isoZ(expandRecurrence(start, host.timezone, spec.recurrence)[0]);
  const createdDaysAgo = spec.created_days_ago ?? randomInt(ctx.random, 1, 60);
  const startMs = start ? Date.parse(start) : ctx.anchor.getTime();
  const created = Math.min(startMs - 3600_000, ctx.anchor.getTime() - createdDaysAgo * 86_400_000);
  return {
    id: newId(ctx),
    uuid: newUuid(ctx),
    host_id: host.id,
    host_email: host.email,
    topic: spec.topic,
    type: spec.type,
    status: "waiting",
    start_time: spec.type === 3 ? undefined : start,
    duration: spec.duration ?? pick(ctx.random, [30, 30, 45, 60, 60, 90]),
    timezone: host.timezone,
    agenda: spec.agenda ?? "",
    created_at: isoZ(created),
    password: newPasscode(ctx),
    recurrence: spec.recurrence ? ({ repeat_interval: 1, ...spec.recurrence } as Record<string, unknown>) : undefined,
    settings: mergeSettings(defaultMeetingSettings(), spec.settings),
    occurrenceOverrides: {},
    instances: [],
    creation_source: pick(ctx.random, ["web_portal", "web_portal", "open_api", "other"] as const),
  };
}

export function seedWebinar(ctx: SeedContext, host: SandboxUser, spec: Omit<MeetingSpec, "type"> & { type: SandboxWebinar["type"] }): SandboxWebinar {
  const base = seedMeeting(ctx, host, { ...spec, type: spec.type === 9 ? 8 : spec.type === 6 ? 3 : 2 });
  return {
    ...base,
    type: spec.type,
    settings: mergeSettings(defaultWebinarSettings(), spec.settings),
    is_simulive: false,
  };
}

/** Adds a finished instance (uuid, start, end) — what recordings and previous_meetings hang off. */
export function addInstance(ctx: SeedContext, item: SandboxMeeting | SandboxWebinar, start: string, minutes: number, uuid?: string): void {
  item.instances.push({ uuid: uuid ?? newUuid(ctx), start_time: start, end_time: shiftMinutes(start, minutes) });
  item.instances.sort((a, b) => a.start_time.localeCompare(b.start_time));
}

/** UUID variants clients must double-encode: one starting with `/`, one containing `//`. */
export function awkwardUuid(ctx: SeedContext, kind: "leading-slash" | "double-slash"): string {
  const uuid = newUuid(ctx);
  return kind === "leading-slash" ? `/${uuid.slice(1)}` : `${uuid.slice(0, 6)}//${uuid.slice(8)}`;
}
