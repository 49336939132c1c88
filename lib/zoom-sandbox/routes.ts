/**
 * Every route table of the sandbox in one place: the REST operations under `/v2`, the control
 * routes that live beside their resource (captions, live events) and the raw routes outside `/v2`
 * (recording downloads, caption ingestion; see raw-routes.ts). The router and the contract tests
 * read these lists; nothing else assembles routes.
 */
import { captionControlRoutes } from "./captions/control";
import { mailControlRoutes } from "./mail/control";
import { captionRawRoutes } from "./captions/ingest";
import { captionTokenRoutes } from "./captions/token-routes";
import { liveEventControlRoutes, liveEventRoutes } from "./live-meetings/routes";
import { mailLanguageRoutes, mailRoutes } from "./mail/routes";
import { meetingRoutes } from "./meetings/routes";
import type { RawRouteDef } from "./raw-routes";
import { recordingControlRoutes } from "./recordings/control";
import { recordingRawRoutes } from "./recordings/download";
import { recordingRoutes } from "./recordings/routes";
import { registrantControlRoutes } from "./registrants/control";
import { registrantRoutes } from "./registrants/routes";
import { templateRoutes } from "./templates/routes";
import type { ControlRouteDef, RouteDef } from "./types";
import { userRoutes } from "./users/routes";
import { userSettingsRoutes } from "./users/settings";
import { webinarRoutes } from "./webinars/routes";

export { UNDOCUMENTED_OPERATIONS } from "./mail/routes";

export const restRoutes: RouteDef[] = [
  ...userRoutes,
  ...userSettingsRoutes,
  ...meetingRoutes,
  ...webinarRoutes,
  ...templateRoutes,
  ...registrantRoutes,
  ...recordingRoutes,
  ...captionTokenRoutes,
  ...liveEventRoutes,
  ...mailRoutes,
  ...mailLanguageRoutes,
];

/** Control routes kept beside their resource; the general ones are in control/routes.ts. */
export const resourceControlRoutes: ControlRouteDef[] = [
  ...captionControlRoutes,
  ...liveEventControlRoutes,
  ...registrantControlRoutes,
  ...recordingControlRoutes,
  ...mailControlRoutes,
];

export const rawRoutes: RawRouteDef[] = [...recordingRawRoutes, ...captionRawRoutes];
