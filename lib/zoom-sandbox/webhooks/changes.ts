/**
 * Which Zoom events a request caused, found by comparing a small picture of the state taken
 * before it with one taken after — so every way of changing state (REST operations, the control
 * API's live switches and recording uploads) sends its events without each handler knowing about
 * webhooks. Only taken while someone is subscribed.
 */
import { recordingsOf, type Recording } from "../recordings/model";
import type { MeetingOrWebinar, SandboxRegistrant, SandboxState } from "../types";
import { itemEvent, recordingEvent, registrationEvent, updateDiff, type Kind, type WebhookBody } from "./payloads";

interface ItemPicture {
  /** The whole item as JSON: any edit shows, and a deleted or ended item can still be described. */
  json: string;
  item: MeetingOrWebinar;
}

export interface Picture {
  items: Map<string, ItemPicture>;
  registrants: Map<string, { status: SandboxRegistrant["status"]; registrant: SandboxRegistrant }>;
  recordings: Map<string, { status: string; files: string; recording: Recording }>;
}

const itemKey = (kind: Kind, id: number) => `${kind}:${id}`;

export function takePicture(state: SandboxState): Picture {
  const items = new Map<string, ItemPicture>();
  for (const m of state.meetings) items.set(itemKey("meeting", m.id), { json: JSON.stringify(m), item: m });
  for (const w of state.webinars) items.set(itemKey("webinar", w.id), { json: JSON.stringify(w), item: w });
  const registrants = new Map<string, { status: SandboxRegistrant["status"]; registrant: SandboxRegistrant }>();
  for (const r of state.registrants) registrants.set(`${r.kind}:${r.id}`, { status: r.status, registrant: r });
  const recordings = new Map<string, { status: string; files: string; recording: Recording }>();
  for (const rec of recordingsOf(state)) recordings.set(rec.uuid, { status: rec.status, files: rec.files.map((f) => f.status).join(","), recording: rec });
  return { items, registrants, recordings };
}

/** An item as it was: parsed back from its JSON, so fields changed since (uuid after an end) read as before. */
const before = (p: ItemPicture) => JSON.parse(p.json) as MeetingOrWebinar;

function itemEvents(ctx: { state: SandboxState; baseUrl: string; nowMs: number }, was: Picture, now: Picture): WebhookBody[] {
  const events: WebhookBody[] = [];
  for (const [key, after] of now.items) {
    const kind = key.split(":")[0] as Kind;
    const prior = was.items.get(key);
    const item = after.item;
    if (!prior) {
      if (!item.deleted_at) events.push(itemEvent(ctx, kind, "created", item));
      continue;
    }
    if (prior.json === after.json) continue;
    const old = before(prior);
    if (!old.deleted_at && item.deleted_at) events.push(itemEvent(ctx, kind, "deleted", old));
    else if (old.status !== "started" && item.status === "started") events.push(itemEvent(ctx, kind, "started", item));
    else if (old.status === "started" && item.status !== "started") events.push(itemEvent(ctx, kind, "ended", item, old.uuid));
    // A recovered item is reported as updated (Zoom's meeting.recovered is not among the events we send).
    else if (updateDiff(old, item)) events.push(itemEvent(ctx, kind, "updated", item, item.uuid, old));
  }
  for (const [key, prior] of was.items) {
    const old = before(prior);
    if (!now.items.has(key) && !old.deleted_at) events.push(itemEvent(ctx, key.split(":")[0] as Kind, "deleted", old));
  }
  return events;
}

function registrantEvents(ctx: { state: SandboxState; baseUrl: string; nowMs: number }, was: Picture, now: Picture): WebhookBody[] {
  const events: WebhookBody[] = [];
  for (const [key, after] of now.registrants) {
    const prior = was.registrants.get(key);
    const r = after.registrant;
    if (prior?.status === after.status) continue;
    const item = (r.kind === "meeting" ? ctx.state.meetings : ctx.state.webinars).find((i) => i.id === r.parent_id);
    if (!item) continue;
    if (!prior) events.push(registrationEvent(ctx, r.kind, "created", item, r));
    else if (after.status === "approved") events.push(registrationEvent(ctx, r.kind, "approved", item, r));
    else if (after.status === "denied") events.push(registrationEvent(ctx, r.kind, "denied", item, r));
    else if (after.status === "cancelled") events.push(registrationEvent(ctx, r.kind, "cancelled", item, r));
  }
  return events;
}

function recordingEvents(ctx: { state: SandboxState; baseUrl: string; nowMs: number }, was: Picture, now: Picture): WebhookBody[] {
  const events: WebhookBody[] = [];
  const trashedFiles = (files: string) => files.split(",").filter((s) => s === "trash").length;
  for (const [uuid, after] of now.recordings) {
    const prior = was.recordings.get(uuid);
    if (!prior) events.push(recordingEvent(ctx, "completed", after.recording));
    else if (prior.status !== after.status) events.push(recordingEvent(ctx, after.status === "trash" ? "trashed" : "recovered", after.recording));
    else if (prior.files !== after.files) {
      const more = trashedFiles(after.files) > trashedFiles(prior.files);
      const fewerFiles = after.files.split(",").length < prior.files.split(",").length;
      events.push(recordingEvent(ctx, more ? "trashed" : fewerFiles ? "deleted" : "recovered", after.recording));
    }
  }
  for (const [uuid, prior] of was.recordings) if (!now.recordings.has(uuid)) events.push(recordingEvent(ctx, "deleted", prior.recording));
  return events;
}

/** The events between two pictures, in a stable order: meetings and webinars, registrants, recordings. */
export function eventsBetween(ctx: { state: SandboxState; baseUrl: string; nowMs: number }, was: Picture, now: Picture): WebhookBody[] {
  return [...itemEvents(ctx, was, now), ...registrantEvents(ctx, was, now), ...recordingEvents(ctx, was, now)];
}
