/**
 * What the parent's registration questions demand of a new registrant: required standard fields
 * and custom questions must be answered, and a choice question's answer must be one of its
 * choices. Zoom documents no error for this, so the sandbox answers its usual 300 "Validation
 * Failed." with the field named (an assumption, see SANDBOX.md).
 */
import type { RegistrationQuestions } from "../types";
import { type FieldError, missing } from "../validation";

const CHOICE_TYPES = new Set(["single", "single_radio", "single_dropdown"]);

function blank(value: unknown): boolean {
  return typeof value !== "string" || value.trim() === "";
}

/** The answers a body gives to custom questions, by title. */
function answersByTitle(body: Record<string, unknown>): Map<string, string> {
  const answers = new Map<string, string>();
  if (!Array.isArray(body.custom_questions)) return answers;
  for (const q of body.custom_questions as { title: string; value?: string }[]) answers.set(q.title, q.value ?? "");
  return answers;
}

export function checkAnswers(questions: RegistrationQuestions | undefined, body: Record<string, unknown>): FieldError[] {
  if (!questions) return [];
  const errors: FieldError[] = [];
  for (const q of questions.questions) {
    if (q.required && blank(body[q.field_name])) errors.push(missing(q.field_name));
  }
  const answers = answersByTitle(body);
  for (const q of questions.custom_questions) {
    const value = answers.get(q.title);
    if (blank(value)) {
      if (q.required) errors.push({ field: "custom_questions", message: `Missing answer to required question: ${q.title}` });
      continue;
    }
    const choices = q.answers ?? [];
    // Multiple-answer questions take their values comma-joined, each one a listed choice.
    const given = q.type === "multiple" ? value!.split(",").map((v) => v.trim()) : CHOICE_TYPES.has(q.type) ? [value!] : [];
    const wrong = given.filter((v) => !choices.includes(v));
    if (wrong.length) errors.push({ field: "custom_questions", message: `Invalid answer to question ${q.title}: ${wrong.join(", ")}` });
  }
  return errors;
}
