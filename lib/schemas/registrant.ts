/**
 * Registrants of a meeting or webinar: the input shapes the forms, the CSV import preview and the
 * routes share. A registrant's form depends on its parent's registration questions (which standard
 * fields are asked, which are required, which custom questions exist and their answer choices), so
 * the add schema is built from those questions — the browser and the route build the same one.
 * Limits are Zoom's (Meetings API `meetingRegistrantCreate`): email ≤ 128, names ≤ 64, answers ≤ 128.
 */
import { z } from "zod";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export const REGISTRANT_STATUSES = ["pending", "approved", "denied"] as const;
export type RegistrantStatus = (typeof REGISTRANT_STATUSES)[number];

export const STATUS_ACTIONS = ["approve", "deny", "cancel"] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

/** Zoom's standard registration fields besides email and first name (always asked, always required). */
export const STANDARD_FIELDS = {
  last_name: "Last name",
  address: "Address",
  city: "City",
  country: "Country/region",
  zip: "Zip/postal code",
  state: "State/province",
  phone: "Phone",
  industry: "Industry",
  org: "Organization",
  job_title: "Job title",
  purchasing_time_frame: "Purchasing time frame",
  role_in_purchase_process: "Role in purchase process",
  no_of_employees: "Number of employees",
  comments: "Questions and comments",
} as const;
export type StandardField = keyof typeof STANDARD_FIELDS;
export const STANDARD_FIELD_NAMES = Object.keys(STANDARD_FIELDS) as [StandardField, ...StandardField[]];

/** Zoom's fixed choices for three standard fields (anything else is refused by Zoom). */
export const STANDARD_CHOICES: Partial<Record<StandardField, readonly string[]>> = {
  no_of_employees: ["1-20", "21-50", "51-100", "101-500", "500-1,000", "1,001-5,000", "5,001-10,000", "More than 10,000"],
  purchasing_time_frame: ["Within a month", "1-3 months", "4-6 months", "More than 6 months", "No timeframe"],
  role_in_purchase_process: ["Decision Maker", "Evaluator/Recommender", "Influencer", "Not involved"],
};

/** Meetings offer two custom answer types, webinars four (the Meetings API documents differ here). */
export const CUSTOM_QUESTION_TYPES = {
  meeting: ["short", "single"],
  webinar: ["short", "single_radio", "single_dropdown", "multiple"],
} as const satisfies Record<ScheduledKind, readonly string[]>;
export type CustomQuestionType = (typeof CUSTOM_QUESTION_TYPES)[ScheduledKind][number];

export const CUSTOM_TYPE_LABELS: Record<CustomQuestionType, string> = {
  short: "Short answer",
  single: "Single choice",
  single_radio: "Single choice (buttons)",
  single_dropdown: "Single choice (list)",
  multiple: "Multiple choice",
};

export const isChoiceType = (type: string) => type !== "short";

export interface RegistrationQuestions {
  questions: { field_name: StandardField; required: boolean }[];
  custom_questions: { title: string; type: CustomQuestionType; required: boolean; answers?: string[] }[];
}

const answerText = z.string().trim().min(1, "An answer cannot be empty.").max(128, "Answers are at most 128 characters.");

/** The registration questions editor's shape (`PATCH …/registrants/questions`). */
export function questionsSchemaFor(kind: ScheduledKind) {
  return z
    .object({
      questions: z.array(z.object({ field_name: z.enum(STANDARD_FIELD_NAMES), required: z.boolean() })).max(STANDARD_FIELD_NAMES.length),
      custom_questions: z
        .array(
          z.object({
            title: z.string().trim().min(1, "Enter the question.").max(128, "Questions are at most 128 characters."),
            type: z.enum(CUSTOM_QUESTION_TYPES[kind] as unknown as [CustomQuestionType, ...CustomQuestionType[]]),
            required: z.boolean(),
            answers: z.array(answerText).max(50, "At most 50 answers.").optional(),
          }),
        )
        .max(50, "At most 50 custom questions."),
    })
    .superRefine((value, ctx) => {
      const seen = new Set<string>();
      value.questions.forEach((q, i) => {
        if (seen.has(q.field_name)) ctx.addIssue({ code: "custom", path: ["questions", i, "field_name"], message: "This field is listed twice." });
        seen.add(q.field_name);
      });
      const titles = new Set<string>();
      value.custom_questions.forEach((q, i) => {
        const title = q.title.toLowerCase();
        if (titles.has(title)) ctx.addIssue({ code: "custom", path: ["custom_questions", i, "title"], message: "Two questions have this title." });
        titles.add(title);
        if (isChoiceType(q.type) && (q.answers?.length ?? 0) < 1) {
          ctx.addIssue({ code: "custom", path: ["custom_questions", i, "answers"], message: "A choice question needs at least one answer." });
        }
        if (!isChoiceType(q.type) && q.answers?.length) {
          ctx.addIssue({ code: "custom", path: ["custom_questions", i, "answers"], message: "A short-answer question has no choices." });
        }
      });
    });
}
export type RegistrationQuestionsInput = z.infer<ReturnType<typeof questionsSchemaFor>>;

const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).optional();

/** A registrant as the add form, the CSV import and the routes carry it. */
export const registrantBase = z.object({
  email: z.email("Enter a valid email address.").max(128, "Zoom emails are at most 128 characters."),
  first_name: z.string().trim().min(1, "Enter a first name.").max(64, "At most 64 characters."),
  last_name: optionalText(64),
  address: optionalText(255),
  city: optionalText(64),
  country: optionalText(64),
  zip: optionalText(32),
  state: optionalText(64),
  phone: optionalText(64),
  industry: optionalText(128),
  org: optionalText(128),
  job_title: optionalText(128),
  purchasing_time_frame: optionalText(64),
  role_in_purchase_process: optionalText(64),
  no_of_employees: optionalText(64),
  comments: optionalText(2000),
  custom_questions: z.array(z.object({ title: z.string().max(128), value: z.string().trim().max(128, "Answers are at most 128 characters.") })).max(50).optional(),
});
export type RegistrantInput = z.infer<typeof registrantBase>;

/**
 * "a, b" → ["a", "b"]: how Zoom carries a multiple-choice answer in one string. An answer may hold a
 * comma itself ("Yes, definitely"), so runs of parts that make up one of the question's `known`
 * answers stay together, longest first.
 */
export function splitChoices(value: string, known: readonly string[] = []): string[] {
  const parts = value.split(",");
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let end = parts.length;
    while (end > i + 1 && !known.includes(parts.slice(i, end).join(",").trim())) end--;
    const choice = parts.slice(i, end).join(",").trim();
    if (choice) out.push(choice);
    i = end;
  }
  return out;
}

/**
 * The registrant shape for one parent: its required standard fields and custom questions must be
 * answered, choices must be among the question's answers, and answers to questions the parent does
 * not ask are refused (Zoom would drop them silently).
 */
export function registrantSchemaFor(questions: RegistrationQuestions) {
  return registrantBase.superRefine((value, ctx) => {
    for (const { field_name, required } of questions.questions) {
      const answer = value[field_name];
      if (required && !answer) ctx.addIssue({ code: "custom", path: [field_name], message: `${STANDARD_FIELDS[field_name]} is required.` });
      const choices = STANDARD_CHOICES[field_name];
      if (answer && choices && !choices.includes(answer)) {
        ctx.addIssue({ code: "custom", path: [field_name], message: `Choose one of: ${choices.join("; ")}.` });
      }
    }
    const answers = new Map((value.custom_questions ?? []).map((a) => [a.title, a.value]));
    questions.custom_questions.forEach((question) => {
      const answer = answers.get(question.title) ?? "";
      answers.delete(question.title);
      const path = ["custom_questions", question.title];
      if (!answer) {
        if (question.required) ctx.addIssue({ code: "custom", path, message: `“${question.title}” is required.` });
        return;
      }
      if (!isChoiceType(question.type)) return;
      const picked = question.type === "multiple" ? splitChoices(answer, question.answers ?? []) : [answer];
      const unknown = picked.filter((p) => !(question.answers ?? []).includes(p));
      if (unknown.length) ctx.addIssue({ code: "custom", path, message: `“${unknown[0]}” is not one of this question’s answers.` });
    });
    for (const title of answers.keys()) {
      ctx.addIssue({ code: "custom", path: ["custom_questions", title], message: `The registration form does not ask “${title}”.` });
    }
  });
}

/** Registration form / route body for one registrant. */
export const registrantAddSchema = z.object({
  registrant: registrantBase,
  /** Recurring parents with per-occurrence registration: which occurrences (empty: all). */
  occurrenceIds: z.array(z.string().regex(/^\d{1,20}$/, "Occurrence ids are numbers.")).max(60).optional(),
  /** Meetings with manual approval: approve this one at once. */
  autoApprove: z.boolean().optional(),
});
export type RegistrantAdd = z.infer<typeof registrantAddSchema>;

export const registrantListQuerySchema = z.object({
  status: z.enum(REGISTRANT_STATUSES).default("approved"),
  occurrence_id: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
});
export type RegistrantListQuery = z.infer<typeof registrantListQuerySchema>;

export const registrantRefSchema = z.object({ id: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a registrant id."), email: z.email().max(128) });
export type RegistrantRef = z.infer<typeof registrantRefSchema>;

/** Most registrants one bulk action or import takes (a webinar may have 10,000+, but not in one go). */
export const MAX_BULK = 10_000;

/** Approve / deny / cancel many: runs as a background job with a result per registrant. */
export const registrantStatusJobSchema = z.object({
  action: z.enum(STATUS_ACTIONS),
  registrants: z.array(registrantRefSchema).min(1, "Select at least one registrant.").max(MAX_BULK, `At most ${MAX_BULK} at once.`),
  occurrenceId: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
});
export type RegistrantStatusJob = z.infer<typeof registrantStatusJobSchema>;

/** A CSV import, after the browser mapped columns and the preview checked each row. */
export const registrantImportSchema = z.object({
  rows: z.array(registrantBase).min(1, "The file has no rows to import.").max(MAX_BULK, `At most ${MAX_BULK} rows per import.`),
  occurrenceIds: registrantAddSchema.shape.occurrenceIds,
  autoApprove: z.boolean().optional(),
  /** The file's name, shown in the jobs list. */
  fileName: z.string().trim().max(200).optional(),
  /** Each row's line in the file (header = line 1), so reports name the line the user sees. */
  rowNumbers: z.array(z.number().int().min(1).max(10_000_000)).max(MAX_BULK).optional(),
}).refine((value) => !value.rowNumbers || value.rowNumbers.length === value.rows.length, {
  path: ["rowNumbers"],
  message: "Give one line number per row.",
});
export type RegistrantImport = z.infer<typeof registrantImportSchema>;

