/**
 * The registration questions editor's values and the route's body. Standard fields are one choice
 * each (not asked, optional, required); a choice question's answers are edited one per line.
 */
import type { FieldError } from "react-hook-form";
import { STANDARD_FIELD_NAMES, isChoiceType, type CustomQuestionType, type RegistrationQuestions, type RegistrationQuestionsInput, type StandardField } from "@/lib/schemas/registrant";

export type Asked = "off" | "optional" | "required";

export interface CustomQuestionValues {
  title: string;
  type: CustomQuestionType;
  required: boolean;
  /** One answer per line. */
  answers: string;
}

export interface QuestionsFormValues {
  standard: Record<StandardField, Asked>;
  custom: CustomQuestionValues[];
}

export function questionsFormValues(questions: RegistrationQuestions): QuestionsFormValues {
  const standard = Object.fromEntries(STANDARD_FIELD_NAMES.map((field) => [field, "off"])) as Record<StandardField, Asked>;
  for (const q of questions.questions) standard[q.field_name] = q.required ? "required" : "optional";
  const custom = questions.custom_questions.map((q) => ({ title: q.title, type: q.type, required: q.required, answers: (q.answers ?? []).join("\n") }));
  return { standard, custom };
}

export const answerLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

export function toQuestionsInput(values: QuestionsFormValues): RegistrationQuestionsInput {
  return {
    questions: STANDARD_FIELD_NAMES.filter((field) => values.standard[field] !== "off").map((field) => ({ field_name: field, required: values.standard[field] === "required" })),
    custom_questions: values.custom.map((q) => ({
      title: q.title,
      type: q.type,
      required: q.required,
      ...(isChoiceType(q.type) ? { answers: answerLines(q.answers) } : {}),
    })),
  };
}

/** Schema issues → the editor's fields (`custom.2.title`, `custom.2.answers`); the rest on the form. */
export function questionsErrorsFor(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const issue of issues) {
    const [head, index, key] = issue.path.map(String);
    const field = head === "custom_questions" && index !== undefined ? `custom.${index}.${key === "answers" ? "answers" : key === "type" ? "type" : "title"}` : head === "custom_questions" ? "root.custom" : "root.server";
    errors[field] ??= { type: "validation", message: issue.message };
  }
  return errors;
}
