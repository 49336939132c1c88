/**
 * A meeting while it is live: a captioning service posts captions to the URL Zoom hands out, the
 * dashboard sends in-meeting controls, then ends the meeting. The sandbox's control API plays the
 * people: the host enabling captions in the portal, starting the meeting in the Zoom client, and
 * what participants see on screen.
 */
import { need } from "./client";
import { PEOPLE, bodyOf, control, listOf, v2, type TourContext } from "./context";

export async function liveMeeting(ctx: TourContext): Promise<void> {
  const { tour } = ctx;
  tour.section("Live meeting: closed captions, in-meeting controls, end");
  const id = need(ctx.meetingId, "a meeting to start");

  // Portal settings: Closed captioning + "Allow use of caption API Token" (no REST API in the sandbox).
  await control(ctx, {
    key: "live.portal.captions",
    method: "PUT",
    path: `/caption-settings/${encodeURIComponent(PEOPLE.owner)}`,
    json: { closed_caption: true, third_party_captioning_service: true },
  });
  await control(ctx, { key: "live.host.start", method: "POST", path: `/meetings/${id}/live`, json: { action: "start" } });
  await v2(ctx, {
    key: "live.meeting.started",
    method: "GET",
    path: `/meetings/${id}`,
    expect: 200,
    check: (r) => (bodyOf(r).status === "started" ? undefined : `status ${bodyOf(r).status}`),
  });

  // The "token" is the caption URL itself; each caption is a text/plain POST with a growing seq.
  const token = await v2(ctx, {
    key: "live.captions.token",
    method: "GET",
    path: `/meetings/${id}/token`,
    query: { type: "closed_caption_token" },
    expect: 200,
    check: (r) => (/^https?:\/\//.test(String(bodyOf(r).token)) ? undefined : "token is not a URL"),
  });
  const captionUrl = need(bodyOf(token).token as string, "caption URL");
  const lines = ["Welcome to quarterly planning.", "First item: goals for next quarter."];
  for (const [i, text] of lines.entries()) {
    await tour.step({ key: `live.captions.post.${i + 1}`, method: "POST", url: captionUrl, query: { seq: i + 1, lang: "en-US" }, text, expect: 200 });
  }
  // After a crash, a captioner asks where it left off.
  const seqUrl = new URL(captionUrl);
  seqUrl.pathname = seqUrl.pathname.replace(/\/closedcaption$/, "/closedcaption/seq");
  await tour.step({
    key: "live.captions.seq",
    method: "GET",
    url: seqUrl.toString(),
    expect: 200,
    check: (r) => (String(r.body).trim() === String(lines.length) ? undefined : `last seq ${String(r.body)}`),
  });

  await v2(ctx, {
    key: "live.controls.invite",
    method: "PATCH",
    path: `/live_meetings/${id}/events`,
    json: { method: "participant.invite", params: { contacts: [{ email: `guest.${ctx.run}@example.org` }] } },
    expect: 202,
  });
  await v2(ctx, { key: "live.controls.record", method: "PATCH", path: `/live_meetings/${id}/events`, json: { method: "recording.start" }, expect: 202 });
  await control(ctx, {
    key: "live.participants.see",
    method: "GET",
    path: "/captions",
    query: { meetingId: id },
    check: (r) =>
      listOf<{ text: string }>(r, "captions").map((c) => c.text).join("|") === lines.join("|") ? undefined : "participants do not see the captions that were posted",
  });

  await v2(ctx, { key: "live.end", method: "PUT", path: `/meetings/${id}/status`, json: { action: "end" }, expect: 204 });
  await v2(ctx, {
    key: "live.meeting.ended",
    method: "GET",
    path: `/meetings/${id}`,
    expect: 200,
    check: (r) => (bodyOf(r).status === "waiting" ? undefined : `status ${bodyOf(r).status}`),
  });
}
