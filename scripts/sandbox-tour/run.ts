/**
 * `runTour(baseUrl)`: every request of the seed collection, in the order a person works through
 * it in Postman. Used by the CLI (scripts/sandbox-tour.ts) and by tour.test.ts.
 *
 * Sections depend on each other only through TourContext (tokens, ids). When one cannot go on
 * (for example the consent page had no form), it is recorded as a failed step and the tour
 * continues with the next section, so one problem does not hide the rest.
 */
import { TourAbort, Tour, type StepResult } from "./client";
import type { TourContext } from "./context";
import { liveMeeting } from "./live";
import { mail } from "./mail";
import { meetingLists, oneOffMeeting, recurringMeeting } from "./meetings";
import { authorizationCode, deviceFlow, serverToServer } from "./oauth";
import { recordings } from "./recordings";
import { registrants } from "./registrants";
import { users } from "./users";
import { cleanUp, templates, webinars } from "./webinars";

export type { StepResult } from "./client";

export interface TourOptions {
  /** Called after every request, e.g. to print the line while the tour runs. */
  onStep?: (step: StepResult) => void;
  /** Called when a section starts. */
  onSection?: (title: string) => void;
}

type Section = (ctx: TourContext) => Promise<void>;

const SECTIONS: Section[] = [
  authorizationCode,
  serverToServer,
  deviceFlow,
  users,
  meetingLists,
  oneOffMeeting,
  recurringMeeting,
  (ctx) => registrants(ctx, "meetings", ctx.meetingId),
  webinars,
  (ctx) => registrants(ctx, "webinars", ctx.webinarId),
  templates,
  liveMeeting,
  recordings,
  mail,
  cleanUp,
];

export async function runTour(baseUrl: string, options: TourOptions = {}): Promise<StepResult[]> {
  const tour = new Tour(baseUrl.replace(/\/+$/, ""), options.onStep, options.onSection);
  const ctx: TourContext = {
    tour,
    run: Date.now().toString(36),
    tokens: {},
    created: { meetings: [], webinars: [] },
  };
  for (const section of SECTIONS) {
    try {
      await section(ctx);
    } catch (err) {
      // TourAbort is the expected case; anything else is an unexpected response shape.
      tour.abort(err instanceof TourAbort ? err.message : `unexpected error: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return tour.results;
}
