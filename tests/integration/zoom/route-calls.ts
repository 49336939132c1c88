/**
 * What the /api/zoom route tests share: the signed-in viewer and Zoom connections the mocked auth
 * modules hand out, a browser-like call into a route handler, and valid create bodies.
 *
 * Each test file mocks the two auth modules with `viewerMock` / `zoomContextMock` (vi.mock calls
 * must stay in the test file, where vitest hoists them).
 */
import { auditWritesSettled } from "@/lib/audit/record";
import { NextRequest } from "next/server";
import { DateTime } from "luxon";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { ZoomContext } from "@/lib/zoom/context";

export const routeState: { viewer: Viewer | null; user?: ZoomContext; account?: ZoomContext } = { viewer: null };

export const viewerMock = () => ({ getViewer: async () => routeState.viewer, viewerForCookie: async () => routeState.viewer });
export const zoomContextMock = () => ({
  zoomContextFor: async (_viewer: Viewer, level: "user" | "account") => (level === "user" ? routeState.user! : routeState.account!),
  /** Background jobs act through the connection they were started with. */
  jobZoomContext: async (job: { connectionId: string }) => [routeState.user, routeState.account].find((c) => c?.connectionId === job.connectionId)!,
});

export type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface CallOptions {
  params?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  /** Defaults to application/json whenever there is a body, as the dashboard's browser client sends. */
  contentType?: string;
  headers?: Record<string, string>;
}

/** Calls a route handler as Next would, and reads the answer as a browser would. */
export async function callRoute(handler: Handler, method: string, path: string, options: CallOptions = {}) {
  const init: ConstructorParameters<typeof NextRequest>[1] = { method };
  if (options.rawBody !== undefined) init.body = options.rawBody;
  else if (options.body !== undefined) init.body = JSON.stringify(options.body);
  if (init.body !== undefined) init.headers = { "content-type": options.contentType ?? "application/json", ...options.headers };
  else if (options.headers) init.headers = options.headers;
  const res = await handler(new NextRequest(`http://localhost${path}`, init), { params: Promise.resolve(options.params ?? {}) });
  const text = await res.text();
  // The audit entry is written just after the answer; a test reads the table as a person would a moment later.
  await auditWritesSettled();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export const viewerFor = (role: Viewer["role"], zoomUserId: string, email = `${role}@example.test`): Viewer => ({
  userId: `u-${role}`,
  zoomUserId,
  name: `Test ${role}`,
  email,
  image: null,
  workspaceId: "w1",
  workspaceName: "Brightwave",
  role,
});

/** A date two days ahead in Berlin: always in the future for Zoom's "start in the past" rule. */
export const tomorrow = DateTime.now().setZone("Europe/Berlin").plus({ days: 2 }).toFormat("yyyy-MM-dd");

export const meetingSettings = {
  waitingRoom: true,
  joinBeforeHost: false,
  jbhTime: 0,
  muteUponEntry: false,
  hostVideo: true,
  participantVideo: true,
  autoRecording: "none",
  approvalType: 2,
  registrationType: 1,
  alternativeHosts: [] as string[],
};

export const webinarSettings = {
  hostVideo: true,
  panelistsVideo: true,
  practiceSession: false,
  hdVideo: false,
  questionAndAnswer: true,
  onDemand: false,
  autoRecording: "none",
  approvalType: 2,
  registrationType: 1,
  registrantsRestrictNumber: 0,
  alternativeHosts: [] as string[],
};

/** A valid one-off meeting create body (the form's shape), with `patch` on top. */
export const meetingBody = (patch: Record<string, unknown> = {}) => ({
  topic: "Route test",
  agenda: "",
  startDate: tomorrow,
  startTime: "10:00",
  timezone: "Europe/Berlin",
  duration: 30,
  passcode: "",
  settings: meetingSettings,
  recurrence: null,
  scheduleFor: "",
  templateId: "",
  ...patch,
});

export const webinarBody = (patch: Record<string, unknown> = {}) => ({ ...meetingBody({ topic: "Route webinar" }), settings: webinarSettings, ...patch });
