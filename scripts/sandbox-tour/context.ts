/**
 * What the tour's sections share: the app's credentials (the sandbox's documented defaults), the
 * tokens obtained in the OAuth half, and the ids earlier sections created for later ones.
 */
import type { StepResult, StepSpec, Tour } from "./client";

export const APP = {
  clientId: "sandbox_client_id",
  clientSecret: "sandbox_client_secret",
  accountId: "sandbox_account",
  /** The dashboard's own callback; any loopback URI is an allowed redirect on the sandbox. */
  redirectUri: "http://localhost:3000/api/auth/callback/zoom",
};

/** The people the tour signs in as (seeded roster, see SANDBOX.md). */
export const PEOPLE = {
  /** Account owner: consents to the OAuth app; S2S tokens act as her too. */
  owner: "olivia.bennett@brightwave.test",
  /** A licensed member with a mailbox: signs in on a device and reads her mail. */
  member: "daniel.okafor@brightwave.test",
};

export interface TourContext {
  tour: Tour;
  /** Suffix that keeps names and e-mails unique when the tour runs again on a persisted sandbox. */
  run: string;
  tokens: { account?: string; device?: string };
  /** Meetings and webinars the tour created (deleted again at the end). */
  created: { meetings: number[]; webinars: number[] };
  /** The one-off meeting later sections use (registrants, template, live). */
  meetingId?: number;
  webinarId?: number;
}

export type V2Spec = Omit<StepSpec, "url" | "token"> & { path: string; token?: string };

/** A REST call under /v2, with the S2S account token unless the spec names another. */
export function v2(ctx: TourContext, spec: V2Spec): Promise<StepResult> {
  const { path, token, ...rest } = spec;
  return ctx.tour.step({ ...rest, url: `/v2${path}`, token: token ?? ctx.tokens.account });
}

/** The sandbox's control API: stands in for what a person does in the Zoom client or portal. */
export function control(ctx: TourContext, spec: Omit<StepSpec, "url" | "expect"> & { path: string }): Promise<StepResult> {
  const { path, ...rest } = spec;
  return ctx.tour.step({ ...rest, url: `/_sandbox${path}`, expect: 200 });
}

/** `YYYY-MM-DDTHH:mm:ssZ`, `days` from now, on the hour (Zoom's own format, no milliseconds). */
export function zoomTime(days: number, hour = 15): string {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function isoDate(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Zoom asks clients to double-encode a UUID that starts with `/` or contains `//`. */
export function uuidSegment(uuid: string): string {
  const once = encodeURIComponent(uuid);
  return uuid.startsWith("/") || uuid.includes("//") ? encodeURIComponent(once) : once;
}

export type Json = Record<string, unknown>;

/** The JSON body of a step as an object ({} when it has none). */
export function bodyOf(step: StepResult): Json {
  return step.body && typeof step.body === "object" ? (step.body as Json) : {};
}

/** An array field of a step's JSON body ([] when absent). */
export function listOf<T>(step: StepResult, field: string): T[] {
  const value = bodyOf(step)[field];
  return Array.isArray(value) ? (value as T[]) : [];
}
