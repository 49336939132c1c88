/** Registration questions: `GET`/`PATCH /meetings/{meetingId}/registrants/questions` and the webinar twin. */
import type { RouteContext, RegistrationQuestions } from "../types";
import { json, noContent } from "../http";
import { type FieldError, assertValid, invalid, objectBody } from "../validation";
import { type RegistrantKind, requireRegistration, resolveParent } from "./parent";

const FIELD_NAMES = [
  "last_name",
  "address",
  "city",
  "country",
  "zip",
  "state",
  "phone",
  "industry",
  "org",
  "job_title",
  "purchasing_time_frame",
  "role_in_purchase_process",
  "no_of_employees",
  "comments",
];

/** Meetings offer two answer types; webinars four (the documents differ here). */
const CUSTOM_TYPES: Record<RegistrantKind, string[]> = {
  meeting: ["short", "single"],
  webinar: ["short", "single_radio", "single_dropdown", "multiple"],
};

const EMPTY: RegistrationQuestions = { questions: [], custom_questions: [] };

/** Where a parent's questions live in `state.registrationQuestions`. */
export function questionsKey(kind: RegistrantKind, id: number): string {
  return `${kind}:${id}`;
}

export function getQuestions(ctx: RouteContext, kind: RegistrantKind): Response {
  const ref = resolveParent(ctx, kind);
  if (kind === "webinar") requireRegistration(ref, "other");
  const stored = ctx.state.registrationQuestions[questionsKey(kind, ref.parent.id)] ?? EMPTY;
  return json(200, structuredClone(stored));
}

function validate(kind: RegistrantKind, body: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const { questions, custom_questions: custom } = body;
  if (questions !== undefined) {
    const ok =
      Array.isArray(questions) &&
      questions.every(
        (q) => q && typeof q === "object" && FIELD_NAMES.includes(q.field_name) && (q.required === undefined || typeof q.required === "boolean"),
      );
    if (!ok) errors.push(invalid("questions"));
  }
  if (custom !== undefined) {
    const ok =
      Array.isArray(custom) &&
      custom.every(
        (q) =>
          q &&
          typeof q === "object" &&
          typeof q.title === "string" &&
          q.title.length > 0 &&
          CUSTOM_TYPES[kind].includes(q.type) &&
          (q.required === undefined || typeof q.required === "boolean") &&
          // Short answers are typed in by the registrant, so they cannot carry answer choices.
          (q.answers === undefined || (Array.isArray(q.answers) && q.answers.every((a: unknown) => typeof a === "string") && q.type !== "short")),
      );
    if (!ok) errors.push(invalid("custom_questions"));
  }
  return errors;
}

/** Replaces whichever of the two lists the body carries; 204. */
export function updateQuestions(ctx: RouteContext, kind: RegistrantKind): Response {
  const ref = resolveParent(ctx, kind);
  const body = objectBody(ctx.body);
  assertValid(validate(kind, body));
  if (kind === "webinar") requireRegistration(ref, "other");
  const current = ctx.state.registrationQuestions[questionsKey(kind, ref.parent.id)] ?? structuredClone(EMPTY);
  if (Array.isArray(body.questions)) {
    current.questions = body.questions.map((q) => ({ field_name: q.field_name, required: q.required === true }));
  }
  if (Array.isArray(body.custom_questions)) {
    current.custom_questions = body.custom_questions.map((q) => ({
      title: q.title,
      type: q.type,
      required: q.required === true,
      ...(Array.isArray(q.answers) ? { answers: [...q.answers] } : {}),
    }));
  }
  ctx.state.registrationQuestions[questionsKey(kind, ref.parent.id)] = current;
  return noContent(204);
}
