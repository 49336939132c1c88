/** `POST /meetings/{meetingId}/registrants` and its webinar twin: validation and creation. */
import { ZoomSandboxError, type RouteContext, type SandboxRegistrant } from "../types";
import { json } from "../http";
import { newShortId, newUserId } from "../ids";
import { availableOccurrences } from "../meetings/occurrences";
import {
  type FieldError,
  assertValid,
  checkEnum,
  checkString,
  invalid,
  isEmail,
  missing,
  objectBody,
} from "../validation";
import {
  type ParentRef,
  initialStatus,
  isOver,
  nextStart,
  overError,
  registrantCapOf,
  registrantsOf,
  requireRegistration,
  resolveParent,
} from "./parent";
import { checkAnswers } from "./answers";
import { questionsKey } from "./questions";
import { PROFILE_FIELDS, absoluteJoinUrl } from "./render";

const NO_OF_EMPLOYEES = ["", "1-20", "21-50", "51-100", "101-500", "500-1,000", "1,001-5,000", "5,001-10,000", "More than 10,000"];
const PURCHASING_TIME_FRAME = ["", "Within a month", "1-3 months", "4-6 months", "More than 6 months", "No timeframe"];
const ROLE_IN_PURCHASE = ["", "Decision Maker", "Evaluator/Recommender", "Influencer", "Not involved"];
const LANGUAGES = ["en-US", "de-DE", "es-ES", "fr-FR", "jp-JP", "pt-PT", "ru-RU", "zh-CN", "zh-TW", "ko-KO", "it-IT", "vi-VN", "pl-PL", "Tr-TR"];

function validateBody(ref: ParentRef, body: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  if (body.email === undefined || body.email === null || body.email === "") errors.push(missing("email"));
  else if (!isEmail(body.email) || body.email.length > 128) errors.push(invalid("email"));
  if (body.first_name === undefined || body.first_name === null || body.first_name === "") errors.push(missing("first_name"));
  else checkString(body, "first_name", 64, errors);
  checkString(body, "last_name", 64, errors);
  for (const field of PROFILE_FIELDS) checkString(body, field, undefined, errors);
  checkEnum(body, "no_of_employees", NO_OF_EMPLOYEES, errors);
  checkEnum(body, "purchasing_time_frame", PURCHASING_TIME_FRAME, errors);
  checkEnum(body, "role_in_purchase_process", ROLE_IN_PURCHASE, errors);
  checkEnum(body, "language", LANGUAGES, errors);
  if (ref.kind === "meeting" && body.auto_approve !== undefined && typeof body.auto_approve !== "boolean") {
    errors.push(invalid("auto_approve"));
  }
  if (ref.kind === "webinar") checkString(body, "source_id", undefined, errors);
  const questions = body.custom_questions;
  if (questions !== undefined) {
    const ok =
      Array.isArray(questions) &&
      questions.every(
        (q) =>
          q && typeof q === "object" && typeof q.title === "string" && (q.value === undefined || (typeof q.value === "string" && q.value.length <= 128)),
      );
    if (!ok) errors.push(invalid("custom_questions"));
  }
  return errors;
}

/** `occurrence_ids` (comma-separated) must name occurrences of a recurring parent. */
function parseOccurrenceIds(ctx: RouteContext, ref: ParentRef): string[] {
  const raw = ctx.query.get("occurrence_ids");
  if (!raw) return [];
  const ids = raw.split(",").map((s) => s.trim()).filter(Boolean);
  const known = new Set(availableOccurrences(ref.parent).map((o) => o.occurrence_id));
  if (ids.some((id) => !known.has(id))) assertValid([invalid("occurrence_ids")]);
  return ids;
}

function profileOf(body: Record<string, unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of [...PROFILE_FIELDS, "custom_questions", "language", "source_id"]) {
    if (body[key] !== undefined && body[key] !== null) fields[key] = body[key];
  }
  return fields;
}

function occurrencesFor(ref: ParentRef, registrant: SandboxRegistrant) {
  const all = availableOccurrences(ref.parent);
  if (registrant.occurrence_ids.length === 0) return all;
  return all.filter((o) => registrant.occurrence_ids.includes(o.occurrence_id));
}

/** Each document's own wording for a full meeting or webinar. */
function capacityError(kind: ParentRef["kind"]): ZoomSandboxError {
  return kind === "meeting"
    ? new ZoomSandboxError(400, 3043, "Meeting has reached maximum attendee capacity.")
    : new ZoomSandboxError(400, 3000, "You have reached the limit for the number of attendees you can add. Contact Zoom Support for more information.");
}

export async function createRegistrant(ctx: RouteContext, kind: ParentRef["kind"]): Promise<Response> {
  let ref: ParentRef;
  try {
    ref = resolveParent(ctx, kind);
  } catch (err) {
    // The spec documents this one 404 with code 1001 rather than 3001, for meetings only.
    if (kind === "meeting" && err instanceof ZoomSandboxError && err.status === 404) {
      throw new ZoomSandboxError(404, 1001, `Meeting does not exist: ${ctx.params.meetingId}.`);
    }
    throw err;
  }
  const body = objectBody(ctx.body);
  const formatErrors = validateBody(ref, body);
  // Answers are only checked against the questions once they are well-formed.
  assertValid(formatErrors.length ? formatErrors : checkAnswers(ctx.state.registrationQuestions[questionsKey(kind, ref.parent.id)], body));
  requireRegistration(ref, "create");
  const now = ctx.now();
  if (isOver(ref, now)) throw overError(kind);
  const email = String(body.email);
  if (email.toLowerCase() === ref.parent.host_email.toLowerCase()) throw new ZoomSandboxError(400, 3027, "Host cannot register.");
  const occurrenceIds = parseOccurrenceIds(ctx, ref);

  // Zoom's per-address daily allowance counts every add, including one that finds the address already registered.
  ctx.limits.countRegistrantDaily("add", [`${kind}:${ref.parent.id}:${email.toLowerCase()}`]);

  const existing = registrantsOf(ctx, ref);
  // Registering the same address again returns the existing registration rather than a second one.
  let registrant = existing.find((r) => r.email.toLowerCase() === email.toLowerCase());
  if (!registrant) {
    if (existing.length >= registrantCapOf(ctx.limits, ref)) throw capacityError(kind);
    const id = newUserId(ctx);
    registrant = {
      id,
      kind,
      parent_id: ref.parent.id,
      email,
      first_name: String(body.first_name),
      last_name: typeof body.last_name === "string" ? body.last_name : "",
      // Zoom's webinar registrant create has no auto_approve: only a meeting's add can approve at once.
      status: initialStatus(ref, kind === "meeting" && body.auto_approve === true),
      create_time: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
      join_url: `/${kind === "meeting" ? "j" : "w"}/${ref.parent.id}?tk=${newShortId(ctx, 43)}`,
      occurrence_ids: occurrenceIds,
      fields: profileOf(body),
    };
    ctx.state.registrants.push(registrant);
  }
  return json(201, {
    id: ref.parent.id,
    registrant_id: registrant.id,
    join_url: absoluteJoinUrl(ctx.baseUrl, registrant.join_url),
    start_time: nextStart(ref, now),
    topic: ref.parent.topic,
    occurrences: occurrencesFor(ref, registrant),
  });
}
