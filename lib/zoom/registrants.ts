/**
 * Zoom's registrant operations for either kind of parent (Meetings API: `meetingRegistrants`,
 * `meetingRegistrantCreate`, `meetingRegistrantStatus`, `meetingRegistrantsQuestionsGet`,
 * `meetingRegistrantQuestionUpdate`, `meetingregistrantdelete` and the webinar twins), one
 * function per operation. No viewers, roles or HTTP here.
 */
import { zoomFetch } from "@/lib/zoom/client";
import type { ZoomContext } from "@/lib/zoom/context";
import { zoomPages } from "@/lib/zoom/paginate";
import type { RegistrantStatus, StatusAction } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { ZoomRegistrant, ZoomRegistrantCreated, ZoomRegistrantList, ZoomRegistrationQuestions } from "@/lib/zoom/types/registrant";

const base = (parent: ScheduledRef) => `/${parent.kind}s/${encodeURIComponent(parent.id)}/registrants`;

/** Zoom's operation ids differ in spelling between the kinds; the rate-limit labels follow them. */
const OPERATIONS = {
  meeting: { list: "meetingRegistrants", create: "meetingRegistrantCreate", status: "meetingRegistrantStatus", questions: "meetingRegistrantsQuestionsGet", questionsUpdate: "meetingRegistrantQuestionUpdate", remove: "meetingregistrantdelete" },
  webinar: { list: "webinarRegistrants", create: "webinarRegistrantCreate", status: "webinarRegistrantStatus", questions: "webinarRegistrantsQuestionsGet", questionsUpdate: "webinarRegistrantQuestionUpdate", remove: "deleteWebinarRegistrant" },
} as const;

export const operationFor = (parent: ScheduledRef, op: keyof (typeof OPERATIONS)["meeting"]) => OPERATIONS[parent.kind][op];

/** Zoom's largest registrant page. */
export const REGISTRANT_PAGE_SIZE = 300;

export interface RegistrantListOptions {
  status: RegistrantStatus;
  occurrenceId?: string;
}

/** One page (`page_size` 1 is enough to read `total_records`). */
export async function listRegistrantsPage(ctx: ZoomContext, parent: ScheduledRef, options: RegistrantListOptions & { pageSize: number; nextPageToken?: string | null }): Promise<ZoomRegistrantList> {
  const { data } = await zoomFetch<ZoomRegistrantList>(ctx, base(parent), {
    operation: operationFor(parent, "list"),
    query: { status: options.status, occurrence_id: options.occurrenceId, page_size: options.pageSize, next_page_token: options.nextPageToken },
  });
  return data;
}

/** Every registrant with one status, following `next_page_token` to the last page (5,000+ included). */
export async function listAllRegistrants(ctx: ZoomContext, parent: ScheduledRef, options: RegistrantListOptions): Promise<ZoomRegistrant[]> {
  const out: ZoomRegistrant[] = [];
  const pages = zoomPages<ZoomRegistrantList>(ctx, base(parent), {
    operation: operationFor(parent, "list"),
    query: { status: options.status, occurrence_id: options.occurrenceId },
    pageSize: REGISTRANT_PAGE_SIZE,
  });
  for await (const page of pages) out.push(...(page.registrants ?? []));
  return out;
}

/** `POST …/registrants` (201). Registering an address twice answers with the existing registration. */
export async function addRegistrant(
  ctx: ZoomContext,
  parent: ScheduledRef,
  body: Record<string, unknown>,
  options: { occurrenceIds?: string[] } = {},
): Promise<ZoomRegistrantCreated> {
  const { data } = await zoomFetch<ZoomRegistrantCreated>(ctx, base(parent), {
    method: "POST",
    operation: operationFor(parent, "create"),
    body,
    query: { occurrence_ids: options.occurrenceIds?.length ? options.occurrenceIds.join(",") : undefined },
  });
  return data;
}

/** Zoom takes at most 30 registrants per status change. */
export const STATUS_BATCH = 30;

/** `PUT …/registrants/status` (204) for up to 30 registrants. */
export async function updateRegistrantStatus(
  ctx: ZoomContext,
  parent: ScheduledRef,
  action: StatusAction,
  registrants: { id: string; email: string }[],
  occurrenceId?: string,
): Promise<void> {
  await zoomFetch<void>(ctx, `${base(parent)}/status`, {
    method: "PUT",
    operation: operationFor(parent, "status"),
    body: { action, registrants: registrants.map(({ id, email }) => ({ id, email })) },
    query: { occurrence_id: occurrenceId },
  });
}

/** `GET …/registrants/questions`. */
export async function getRegistrationQuestions(ctx: ZoomContext, parent: ScheduledRef): Promise<ZoomRegistrationQuestions> {
  const { data } = await zoomFetch<ZoomRegistrationQuestions>(ctx, `${base(parent)}/questions`, { operation: operationFor(parent, "questions") });
  return { questions: data.questions ?? [], custom_questions: data.custom_questions ?? [] };
}

/** `PATCH …/registrants/questions` (204): replaces the lists the body carries. */
export async function updateRegistrationQuestions(ctx: ZoomContext, parent: ScheduledRef, body: ZoomRegistrationQuestions): Promise<void> {
  await zoomFetch<void>(ctx, `${base(parent)}/questions`, { method: "PATCH", operation: operationFor(parent, "questionsUpdate"), body });
}
