/**
 * Registrants for a viewer, generic over the parent (a meeting or a webinar): the access decision
 * (members only for what they host), the parent's own questions as the validation shape, then the
 * Zoom call. Bulk changes and imports are background jobs (lib/services/registrant-jobs.ts).
 */
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { ApiError, type FieldIssue } from "@/lib/errors/api-error";
import {
  REGISTRANT_STATUSES,
  registrantSchemaFor,
  type RegistrantAdd,
  type RegistrantInput,
  type RegistrantStatus,
  type RegistrationQuestions,
  type RegistrationQuestionsInput,
} from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import { ensureHosts, itemContext, mustHost } from "@/lib/services/access";
import { rememberHost } from "@/lib/services/item-hosts";
import type { ZoomContext } from "@/lib/zoom/context";
import { getMeeting } from "@/lib/zoom/meetings";
import {
  addRegistrant,
  getRegistrationQuestions,
  listAllRegistrants,
  listRegistrantsPage,
  updateRegistrantStatus,
  updateRegistrationQuestions,
} from "@/lib/zoom/registrants";
import type { RegistrantAdded, RegistrantList, RegistrationSummary } from "@/lib/zoom/types/registrant";
import type { ZoomMeeting } from "@/lib/zoom/types/meeting";
import { getWebinar } from "@/lib/zoom/webinars";
import { approveAfterAdd, registrantBody } from "@/lib/zoom/registrant-body";
import { describeZoomFailure } from "@/lib/zoom/zoom-api-error";

type ParentItem = Pick<ZoomMeeting, "id" | "host_id" | "topic" | "start_time" | "timezone" | "occurrences"> & {
  type: number;
  settings?: { approval_type?: 0 | 1 | 2; registration_type?: 1 | 2 | 3 };
};

const RECURRING_TYPES = new Set([3, 8, 6, 9]);

/** The parent as Zoom has it, after checking the viewer may manage its registrants. */
export async function openParent(viewer: Viewer, parent: ScheduledRef): Promise<{ ctx: ZoomContext; item: ParentItem }> {
  const ctx = await itemContext(viewer);
  const item: ParentItem = parent.kind === "meeting" ? await getMeeting(ctx, parent.id) : await getWebinar(ctx, parent.id);
  ensureHosts(viewer, ctx, item, parent.kind);
  rememberHost(parent.kind, parent.id, item.host_id);
  return { ctx, item };
}

/** The connection for a registrant operation: members must host the parent (one Zoom read), admins need not. */
export async function parentContext(viewer: Viewer, parent: ScheduledRef): Promise<ZoomContext> {
  return mustHost(viewer) ? (await openParent(viewer, parent)).ctx : itemContext(viewer);
}

export async function registrationSummaryFor(viewer: Viewer, parent: ScheduledRef, occurrenceId?: string): Promise<RegistrationSummary> {
  const { ctx, item } = await openParent(viewer, parent);
  const approvalType = item.settings?.approval_type ?? 2;
  const enabled = approvalType !== 2;
  const recurring = RECURRING_TYPES.has(item.type);
  const counts = Object.fromEntries(REGISTRANT_STATUSES.map((s) => [s, 0])) as Record<RegistrantStatus, number>;
  let questions: RegistrationQuestions = { questions: [], custom_questions: [] };
  if (enabled) {
    const [pages, asked] = await Promise.all([
      Promise.all(REGISTRANT_STATUSES.map((status) => listRegistrantsPage(ctx, parent, { status, occurrenceId, pageSize: 1 }))),
      getRegistrationQuestions(ctx, parent),
    ]);
    REGISTRANT_STATUSES.forEach((status, i) => (counts[status] = pages[i]!.total_records ?? pages[i]!.registrants?.length ?? 0));
    questions = asked;
  }
  return {
    parent: {
      kind: parent.kind,
      id: parent.id,
      topic: item.topic,
      hostId: item.host_id,
      approvalType,
      registrationType: recurring ? (item.settings?.registration_type ?? 1) : null,
      recurring,
      occurrences: (item.occurrences ?? []).filter((o) => o.status !== "deleted").map(({ occurrence_id, start_time, status }) => ({ occurrence_id, start_time, status })),
      startTime: item.start_time ?? null,
      timezone: item.timezone ?? null,
    },
    enabled,
    counts,
    questions,
  };
}

export async function registrantListFor(viewer: Viewer, parent: ScheduledRef, query: { status: RegistrantStatus; occurrence_id?: string }): Promise<RegistrantList> {
  const ctx = await parentContext(viewer, parent);
  return { status: query.status, registrants: await listAllRegistrants(ctx, parent, { status: query.status, occurrenceId: query.occurrence_id }) };
}

export async function registrationQuestionsFor(viewer: Viewer, parent: ScheduledRef): Promise<RegistrationQuestions> {
  return getRegistrationQuestions(await parentContext(viewer, parent), parent);
}

export async function updateRegistrationQuestionsFor(viewer: Viewer, parent: ScheduledRef, input: RegistrationQuestionsInput): Promise<void> {
  const ctx = await parentContext(viewer, parent);
  await updateRegistrationQuestions(ctx, parent, input);
}

/** Field issues of one registrant against the parent's questions, named as the form names them (`prefix.field`). */
export function registrantIssues(questions: RegistrationQuestions, input: RegistrantInput, prefix = "registrant"): FieldIssue[] {
  const result = registrantSchemaFor(questions).safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ field: [prefix, ...issue.path.map(String)].join("."), message: issue.message }));
}

export async function addRegistrantFor(viewer: Viewer, parent: ScheduledRef, input: RegistrantAdd): Promise<RegistrantAdded> {
  const ctx = await parentContext(viewer, parent);
  const questions = await getRegistrationQuestions(ctx, parent);
  const fields = registrantIssues(questions, input.registrant);
  if (fields.length) {
    const more = fields.length > 1 ? ` (and ${fields.length - 1} more)` : "";
    throw new ApiError("validation_failed", `Invalid request body: ${fields[0]!.field} — ${fields[0]!.message}${more}.`, { fields });
  }
  const created = await addRegistrant(ctx, parent, registrantBody(parent, input.registrant, input.autoApprove), { occurrenceIds: input.occurrenceIds });
  let approvalFailed: string | undefined;
  if (approveAfterAdd(parent, input.autoApprove)) {
    // Registered either way: a failed approval is reported beside the join link, not as a failed add
    // (which would invite adding the same person again).
    await updateRegistrantStatus(ctx, parent, "approve", [{ id: created.registrant_id, email: input.registrant.email }]).catch((error: unknown) => {
      approvalFailed = describeZoomFailure(error);
    });
  }
  return {
    registrantId: created.registrant_id,
    joinUrl: created.join_url,
    startTime: created.start_time ?? null,
    occurrences: (created.occurrences ?? []).map(({ occurrence_id, start_time }) => ({ occurrence_id, start_time })),
    ...(approvalFailed ? { approvalFailed } : {}),
  };
}
