/**
 * Registrants, cloud recordings, closed captions, in-meeting controls and Zoom Mail.
 * The core router and seed import `extraRoutes`, `extraControlRoutes` and `seedExtra`;
 * `extraRawRoutes` are the few endpoints that live outside `/v2` (see raw.ts for what the router
 * must do with them).
 */
import type { ControlRouteDef, RouteDef, SandboxState } from "../types";
import { captionControlRoutes } from "./captions/control";
import { captionRawRoutes } from "./captions/ingest";
import { captionTokenRoutes } from "./captions/token-routes";
import { liveEventControlRoutes, liveEventRoutes } from "./live-events/routes";
import { mailLanguageRoutes, mailRoutes } from "./mail/routes";
import type { RawRouteDef } from "./raw";
import { recordingRawRoutes } from "./recordings/download";
import { recordingRoutes } from "./recordings/routes";
import { registrantRoutes } from "./registrants/routes";
import { seedMail } from "./seed/mail";
import { seedRecordings } from "./seed/recordings";
import { seedRegistrants } from "./seed/registrants";
import { extraState } from "./state";

export type { RawRouteContext, RawRouteDef } from "./raw";
export { UNDOCUMENTED_OPERATIONS } from "./mail/routes";

export const extraRoutes: RouteDef[] = [
  ...registrantRoutes,
  ...recordingRoutes,
  ...captionTokenRoutes,
  ...liveEventRoutes,
  ...mailRoutes,
  ...mailLanguageRoutes,
];

export const extraControlRoutes: ControlRouteDef[] = [...captionControlRoutes, ...liveEventControlRoutes];

export const extraRawRoutes: RawRouteDef[] = [...recordingRawRoutes, ...captionRawRoutes];

/** Adds registrants, recordings, captions and mailboxes to a freshly seeded core state. */
export function seedExtra(state: SandboxState, random: () => number, now: Date): void {
  extraState(state);
  seedRegistrants(state, random, now);
  seedRecordings(state, random, now);
  seedMail(state, random, now);
}
