/**
 * The caption ingestion URL, following Zoom's "Closed Caption REST API" article:
 * - `POST …/closedcaption?<signed params>&seq=N&lang=en-US`, body `text/plain` caption text;
 * - `seq` counts posts and must grow by one per new caption; a retry repeats its `seq`;
 * - 403 when `seq` or a signed parameter is missing (or the signature is wrong/expired),
 *   400 when the meeting has not started, 405 for anything but POST;
 * - `GET …/closedcaption/seq?<signed params>` answers the last accepted `seq`, so a captioner
 *   can resume after a crash.
 * Zoom does not document the success body; the sandbox answers the server time as text.
 */
import { findMeetingIn, isLive } from "../meetings/lookup";
import { findWebinarIn } from "../webinars/lookup";
import { isoZ } from "../clock";
import { type RawRouteContext, type RawRouteDef, text } from "../raw-routes";
import { verifyCaptionQuery } from "./signing";

/** The last accepted seq, or -1 before the first caption (so a captioner may start at 0 or 1). */
function lastSeq(ctx: RawRouteContext, meetingId: number): number {
  return ctx.state.captions.filter((c) => c.meeting_id === meetingId).reduce((max, c) => Math.max(max, c.seq), -1);
}

function checkUrl(ctx: RawRouteContext): { meetingId: number } | Response {
  const check = verifyCaptionQuery(ctx.query, ctx.now().getTime());
  if (!check.ok) return text(403, "Forbidden");
  return { meetingId: check.meetingId };
}

async function post(ctx: RawRouteContext): Promise<Response> {
  const checked = checkUrl(ctx);
  if (checked instanceof Response) return checked;
  const seqRaw = ctx.query.get("seq");
  if (seqRaw === null || !/^\d+$/.test(seqRaw)) return text(403, "Forbidden");
  const type = (ctx.req.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "text/plain") return text(400, "Content-Type must be text/plain");

  const id = String(checked.meetingId);
  const parent = findMeetingIn(ctx.state, id) ?? findWebinarIn(ctx.state, id);
  if (!parent || !isLive(parent)) return text(400, "The meeting has not started.");

  const seq = Number(seqRaw);
  const last = lastSeq(ctx, parent.id);
  const body = await ctx.req.text();
  if (seq < last) return text(400, `seq ${seq} is older than the last accepted seq ${last}.`);
  // The same seq again is a retry of a caption already shown: accept it without showing it twice.
  if (seq > last) {
    ctx.state.captions.push({
      meeting_id: parent.id,
      seq,
      lang: ctx.query.get("lang") || "en-US",
      text: body,
      received_at: ctx.now().toISOString(),
    });
  }
  return text(200, isoZ(ctx.now()));
}

function seq(ctx: RawRouteContext): Response {
  const checked = checkUrl(ctx);
  if (checked instanceof Response) return checked;
  return text(200, String(Math.max(0, lastSeq(ctx, checked.meetingId))));
}

const notAllowed = () => text(405, "Method Not Allowed", { allow: "POST" });

export const captionRawRoutes: RawRouteDef[] = [
  { method: "POST", path: "/closedcaption", handle: post },
  { method: "GET", path: "/closedcaption", handle: notAllowed },
  { method: "PUT", path: "/closedcaption", handle: notAllowed },
  { method: "GET", path: "/closedcaption/seq", handle: seq },
];
