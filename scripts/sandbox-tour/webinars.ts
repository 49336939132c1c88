/** Webinars (the owner has a webinar licence) and meeting/webinar templates. */
import { need } from "./client";
import { bodyOf, listOf, v2, zoomTime, type TourContext } from "./context";

/** A fixed name with `overwrite`, so repeated tours reuse one template instead of filling the 40-template cap. */
const TEMPLATE_NAME = "Sandbox tour: planning";

export async function webinars(ctx: TourContext): Promise<void> {
  ctx.tour.section("Webinars");
  await v2(ctx, { key: "webinars.list", method: "GET", path: "/users/me/webinars", query: { page_size: 30 }, expect: 200 });
  const created = await v2(ctx, {
    key: "webinars.create",
    method: "POST",
    path: "/users/me/webinars",
    json: {
      topic: `Tour: product deep dive ${ctx.run}`,
      type: 5,
      start_time: zoomTime(10, 16),
      duration: 60,
      timezone: "UTC",
      agenda: "What is new this quarter.",
      settings: { approval_type: 1, registration_type: 1, practice_session: true },
    },
    expect: 201,
  });
  const id = need(bodyOf(created).id as number, "webinar id");
  ctx.webinarId = id;
  ctx.created.webinars.push(id);
  await v2(ctx, { key: "webinars.update", method: "PATCH", path: `/webinars/${id}`, json: { duration: 75, agenda: "What is new, and Q&A." }, expect: 204 });
  await v2(ctx, {
    key: "webinars.get",
    method: "GET",
    path: `/webinars/${id}`,
    expect: 200,
    check: (r) => (bodyOf(r).duration === 75 ? undefined : `duration ${bodyOf(r).duration}, the update was not applied`),
  });
}

export async function templates(ctx: TourContext): Promise<void> {
  ctx.tour.section("Templates");
  const meetingId = need(ctx.meetingId, "a meeting to save as a template");
  const saved = await v2(ctx, {
    key: "templates.create",
    method: "POST",
    path: "/users/me/meeting_templates",
    json: { meeting_id: meetingId, name: TEMPLATE_NAME, save_recurrence: false, overwrite: true },
    expect: 201,
  });
  const templateId = need(bodyOf(saved).id as string, "template id");
  const listed = await v2(ctx, {
    key: "templates.list.meeting",
    method: "GET",
    path: "/users/me/meeting_templates",
    expect: 200,
    check: (r) => (listOf<{ id: string }>(r, "templates").some((t) => t.id === templateId) ? undefined : "the new template is not listed"),
  });
  // As Zoom documents `template_id`: a meeting is scheduled only from an account-admin template, so
  // the personal template just saved is refused, and an admin one (type 2) is used.
  await v2(ctx, {
    key: "templates.use.personal",
    method: "POST",
    path: "/users/me/meetings",
    json: { topic: `Tour: from a personal template ${ctx.run}`, type: 2, start_time: zoomTime(14), template_id: templateId },
    expect: 400,
    check: (r) => (bodyOf(r).code === 300 ? undefined : `code ${String(bodyOf(r).code)}, not 300`),
  });
  const admin = listOf<{ id: string; type: number; name: string }>(listed, "templates").find((t) => t.type === 2);
  // What a template is for: the next meeting starts from its settings, duration and agenda.
  const fromTemplate = await v2(ctx, {
    key: "templates.use",
    method: "POST",
    path: "/users/me/meetings",
    json: { topic: `Tour: planning, take two ${ctx.run}`, type: 2, start_time: zoomTime(14), template_id: need(admin?.id, "an admin meeting template") },
    expect: 201,
    check: (r) => (bodyOf(r).template_id === admin?.id ? undefined : `template_id ${String(bodyOf(r).template_id)}, not the admin template's`),
  });
  if (bodyOf(fromTemplate).id) ctx.created.meetings.push(bodyOf(fromTemplate).id as number);
  await v2(ctx, { key: "templates.list.webinar", method: "GET", path: "/users/me/webinar_templates", expect: 200 });
}

export async function cleanUp(ctx: TourContext): Promise<void> {
  ctx.tour.section("Clean up what the tour created");
  for (const id of ctx.created.webinars) await v2(ctx, { key: "webinars.delete", method: "DELETE", path: `/webinars/${id}`, expect: 204 });
  for (const id of ctx.created.meetings) await v2(ctx, { key: "meetings.delete.cleanup", method: "DELETE", path: `/meetings/${id}`, expect: 204 });
}
