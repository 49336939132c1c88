/**
 * Builds the seeded account: deterministic for a given seed and hour (times are laid out
 * relative to the current hour, so "upcoming" and "live" stay meaningful whenever it runs).
 * Users first, then what they host, then what hangs off those (registrants, recordings, mail).
 */
import { occurrencesOf } from "../meetings/occurrences";
import { createRandom } from "../random";
import type { SandboxState } from "../types";
import type { SeedContext } from "./build";
import { seedMail } from "./mail";
import { editSeededOccurrences, seedMeetings } from "./meetings";
import { seedRecordings } from "./recordings";
import { seedRegistrants } from "./registrants";
import { seedTemplates } from "./templates";
import { seedUsers } from "./users";
import { seedWebinars } from "./webinars";

export function seedState(opts: { seed: number; accountId: string; now: Date }): SandboxState {
  const anchor = new Date(Math.floor(opts.now.getTime() / 3600_000) * 3600_000);
  const random = createRandom(opts.seed);
  const state: SandboxState = {
    accountId: opts.accountId,
    seq: 0,
    users: [],
    meetings: [],
    webinars: [],
    meetingTemplates: [],
    webinarTemplates: [],
    registrants: [],
    recordings: [],
    captions: [],
    mailboxes: {},
    liveEvents: [],
    registrationQuestions: {},
    captionSettings: {},
    liveSettings: {},
    liveRecordings: {},
  };
  const ctx: SeedContext = { state, random, anchor };
  state.users = seedUsers(ctx);
  state.meetings = seedMeetings(ctx, state.users);
  editSeededOccurrences(state.meetings, (m) => occurrencesOf(m).map((o) => o.occurrence_id));
  state.webinars = seedWebinars(ctx, state.users);
  const templates = seedTemplates(ctx, state.users);
  state.meetingTemplates = templates.meeting;
  state.webinarTemplates = templates.webinar;
  seedRegistrants(state, random, anchor);
  seedRecordings(state, random, anchor);
  seedMail(state, random, anchor);
  return state;
}
