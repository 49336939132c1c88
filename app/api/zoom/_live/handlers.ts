/**
 * The live and caption routes, written once for both parents: `app/api/zoom/{meetings,webinars}/[id]/{live,captions}/**`
 * re-export these with their kind. HTTP only: authenticate → parse → call the service → respond.
 */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { meetingIdString } from "@/lib/schemas/common";
import { captionLangQuerySchema, captionSendSchema } from "@/lib/schemas/live";
import type { ScheduledKind } from "@/lib/schemas/scheduled";
import { captionStateFor, revealCaptionUrlFor, sendCaptionsFor } from "@/lib/services/captions";
import { liveStatusFor } from "@/lib/services/live";

export function liveHandlers(kind: ScheduledKind) {
  const key = kind === "meeting" ? "meetingId" : "webinarId";
  const params = z.object({ [key]: meetingIdString }) as z.ZodType<Record<string, string>>;
  const parentOf = (p: Record<string, string>) => ({ kind, id: p[key]! });
  return {
    status: route({ access: "member", params }, async ({ viewer, params: p }) => liveStatusFor(viewer, parentOf(p))),
    captions: route({ access: "member", params, query: captionLangQuerySchema }, async ({ viewer, params: p, query }) => captionStateFor(viewer, parentOf(p), query.lang)),
    /** POST so that only an explicit click reveals it; the answer is no-store like every route's. */
    captionUrl: route({ access: "member", params }, async ({ viewer, params: p }) => revealCaptionUrlFor(viewer, parentOf(p))),
    captionLines: route({ access: "member", params, body: captionSendSchema, maxBodyBytes: 64 * 1024 }, async ({ viewer, params: p, body }) =>
      sendCaptionsFor(viewer, parentOf(p), body),
    ),
  };
}
