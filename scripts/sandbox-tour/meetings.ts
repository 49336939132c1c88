/**
 * Meetings: the list types a dashboard uses (paging past 300 on the owner's calendar), one-off
 * create/update/get, a recurring series with occurrence edits, and delete → recover.
 */
import { need } from "./client";
import { bodyOf, listOf, v2, zoomTime, type TourContext } from "./context";

type Occurrence = { occurrence_id: string; start_time: string; duration: number; status: string };

export async function meetingLists(ctx: TourContext): Promise<void> {
  ctx.tour.section("Meetings: lists by type");
  const list = (key: string, query: Record<string, string | number>) =>
    v2(ctx, { key, method: "GET", path: "/users/me/meetings", query, expect: 200 });
  // The owner hosts more than 300 meetings: one page of the maximum size is not all of them.
  const first = await list("meetings.list.scheduled", { type: "scheduled", page_size: 300 });
  const token = bodyOf(first).next_page_token as string | undefined;
  if (token) await list("meetings.list.scheduled.page2", { type: "scheduled", page_size: 300, next_page_token: token });
  for (const type of ["live", "upcoming", "previous_meetings"]) await list(`meetings.list.${type}`, { type, page_size: 30 });
}

export async function oneOffMeeting(ctx: TourContext): Promise<void> {
  ctx.tour.section("Meetings: create, update, get");
  const created = await v2(ctx, {
    key: "meetings.create",
    method: "POST",
    path: "/users/me/meetings",
    json: {
      topic: `Tour: quarterly planning ${ctx.run}`,
      type: 2,
      start_time: zoomTime(7),
      duration: 45,
      timezone: "America/New_York",
      agenda: "Goals, owners, dates.",
      // Manual approval, so the registrant section has someone to approve.
      settings: { approval_type: 1, registration_type: 1, waiting_room: true, host_video: true },
    },
    expect: 201,
  });
  const id = need(bodyOf(created).id as number, "meeting id");
  ctx.meetingId = id;
  ctx.created.meetings.push(id);
  await v2(ctx, { key: "meetings.update", method: "PATCH", path: `/meetings/${id}`, json: { duration: 60, agenda: "Goals, owners, dates, risks." }, expect: 204 });
  await v2(ctx, {
    key: "meetings.get",
    method: "GET",
    path: `/meetings/${id}`,
    expect: 200,
    check: (r) => (bodyOf(r).duration === 60 ? undefined : `duration ${bodyOf(r).duration}, the update was not applied`),
  });
}

export async function recurringMeeting(ctx: TourContext): Promise<void> {
  ctx.tour.section("Meetings: recurring series and occurrences");
  const created = await v2(ctx, {
    key: "meetings.create.series",
    method: "POST",
    path: "/users/me/meetings",
    json: {
      topic: `Tour: weekly sync ${ctx.run}`,
      type: 8,
      start_time: zoomTime(2, 14),
      duration: 30,
      timezone: "Europe/Berlin",
      recurrence: { type: 2, repeat_interval: 1, weekly_days: String(new Date(zoomTime(2)).getUTCDay() + 1), end_times: 4 },
    },
    expect: 201,
    check: (r) => (listOf(r, "occurrences").length === 4 ? undefined : "expected 4 occurrences"),
  });
  const id = need(bodyOf(created).id as number, "series id");
  ctx.created.meetings.push(id);
  const [, moved, dropped] = listOf<Occurrence>(created, "occurrences");
  const movedId = need(moved?.occurrence_id, "second occurrence");
  const droppedId = need(dropped?.occurrence_id, "third occurrence");

  await v2(ctx, {
    key: "meetings.get.occurrence",
    method: "GET",
    path: `/meetings/${id}`,
    query: { occurrence_id: movedId },
    expect: 200,
    check: (r) => (listOf<Occurrence>(r, "occurrences")[0]?.occurrence_id === movedId ? undefined : "wrong occurrence"),
  });
  // One week the sync moves an hour later; another week it is cancelled.
  const later = new Date(Date.parse(moved.start_time) + 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  await v2(ctx, { key: "meetings.update.occurrence", method: "PATCH", path: `/meetings/${id}`, query: { occurrence_id: movedId }, json: { start_time: later }, expect: 204 });
  await v2(ctx, { key: "meetings.delete.occurrence", method: "DELETE", path: `/meetings/${id}`, query: { occurrence_id: droppedId }, expect: 204 });
  await v2(ctx, {
    key: "meetings.get.series",
    method: "GET",
    path: `/meetings/${id}`,
    query: { show_previous_occurrences: "true" },
    expect: 200,
    check: (r) => {
      const occ = listOf<Occurrence>(r, "occurrences");
      if (occ.find((o) => o.occurrence_id === droppedId)?.status !== "deleted") return "the cancelled occurrence is not deleted";
      return occ.find((o) => o.occurrence_id === movedId)?.start_time === later ? undefined : "the moved occurrence kept its time";
    },
  });

  ctx.tour.section("Meetings: delete and recover");
  await v2(ctx, { key: "meetings.delete", method: "DELETE", path: `/meetings/${id}`, expect: 204 });
  await v2(ctx, {
    key: "meetings.get.deleted",
    method: "GET",
    path: `/meetings/${id}`,
    expect: 404,
    check: (r) => (bodyOf(r).code === 3001 ? undefined : `code ${bodyOf(r).code}, expected 3001`),
  });
  await v2(ctx, { key: "meetings.recover", method: "PUT", path: `/meetings/${id}/status`, json: { action: "recover" }, expect: 204 });
  await v2(ctx, { key: "meetings.get.recovered", method: "GET", path: `/meetings/${id}`, expect: 200 });
}
