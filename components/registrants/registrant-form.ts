/**
 * The "Add registrant" form's values and the route's body, and the way back for errors. The route
 * and `registrantSchemaFor` name a custom answer by its question's title
 * (`registrant.custom_questions.<title>`); a title can hold dots or brackets, which a form path
 * cannot, so the form keeps answers by question position (`answers.q0`) and error paths are mapped.
 */
import type { FieldError } from "react-hook-form";
import type { RegistrantAdd, RegistrationQuestions, StandardField } from "@/lib/schemas/registrant";

export interface RegistrantFormValues {
  registrant: { email: string; first_name: string } & Partial<Record<StandardField, string>>;
  /** Answer per custom question position; a multiple-choice answer is the list of ticked choices. */
  answers: Record<string, string | string[]>;
  occurrenceIds: string[];
  autoApprove: boolean;
}

export const answerKey = (index: number) => `q${index}`;

export function emptyRegistrantForm(questions: RegistrationQuestions): RegistrantFormValues {
  const registrant: RegistrantFormValues["registrant"] = { email: "", first_name: "" };
  for (const { field_name } of questions.questions) registrant[field_name] = "";
  const answers = Object.fromEntries(questions.custom_questions.map((q, i) => [answerKey(i), q.type === "multiple" ? [] : ""]));
  return { registrant, answers, occurrenceIds: [], autoApprove: false };
}

/** Form → route body: empty optional fields left out, ticked choices joined with ", " (Zoom's way). */
export function toRegistrantAdd(values: RegistrantFormValues, questions: RegistrationQuestions, options: { occurrenceIds?: string[]; autoApprove?: boolean } = {}): RegistrantAdd {
  const registrant: RegistrantAdd["registrant"] = { email: values.registrant.email.trim(), first_name: values.registrant.first_name };
  for (const { field_name } of questions.questions) {
    const value = values.registrant[field_name];
    if (value?.trim()) registrant[field_name] = value;
  }
  const custom = questions.custom_questions.flatMap((q, i) => {
    const raw = values.answers[answerKey(i)];
    const value = Array.isArray(raw) ? q.answers?.filter((a) => raw.includes(a)).join(", ") : raw;
    return value?.trim() ? [{ title: q.title, value }] : [];
  });
  if (custom.length) registrant.custom_questions = custom;
  const occurrenceIds = options.occurrenceIds ?? values.occurrenceIds;
  return {
    registrant,
    ...(occurrenceIds.length ? { occurrenceIds } : {}),
    ...((options.autoApprove ?? values.autoApprove) ? { autoApprove: true } : {}),
  };
}

/**
 * A route/schema field name (`registrant.email`, `registrant.custom_questions.<title>`, `occurrenceIds.0`)
 * → the form's field, or null when the form has no such field.
 */
export function formFieldFor(field: string, questions: RegistrationQuestions): string | null {
  const customPrefix = "registrant.custom_questions.";
  if (field.startsWith(customPrefix)) {
    const title = field.slice(customPrefix.length);
    const index = questions.custom_questions.findIndex((q) => q.title === title);
    return index < 0 ? null : `answers.${answerKey(index)}`;
  }
  if (field.startsWith("occurrenceIds")) return "occurrenceIds";
  if (field === "autoApprove") return "autoApprove";
  const match = /^registrant\.([a-z_]+)$/.exec(field);
  if (!match) return null;
  const name = match[1]!;
  return name === "email" || name === "first_name" || questions.questions.some((q) => q.field_name === name) ? `registrant.${name}` : null;
}

/** zod issues (paths as arrays) → react-hook-form's flat errors by form field; the first issue of a field wins. */
export function issuesToFormErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[], questions: RegistrationQuestions): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const issue of issues) {
    const [head, ...rest] = issue.path.map(String);
    // A custom answer's path is ["registrant", "custom_questions", title]: keep the title whole.
    const name = head === "registrant" && rest[0] === "custom_questions" ? `registrant.custom_questions.${rest.slice(1).join(".")}` : [head, ...rest].join(".");
    const field = formFieldFor(name, questions) ?? "root.server";
    errors[field] ??= { type: "validation", message: issue.message };
  }
  return errors;
}
