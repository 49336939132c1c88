/**
 * CSV columns → registrant fields. A target is `email`, `first_name`, a standard field name, a
 * custom question (`question:<title>`) or `ignore`. Guesses compare header names after dropping
 * case, spaces and punctuation ("E-mail", "First Name", "Company"), so most exports from a
 * spreadsheet, Eventbrite or Zoom's own registrant export map without a click.
 */
import { STANDARD_FIELDS, type RegistrationQuestions, type StandardField } from "@/lib/schemas/registrant";

export const IGNORE = "ignore";
export type ImportTarget = "email" | "first_name" | StandardField | `question:${string}` | typeof IGNORE;

export interface TargetOption {
  value: Exclude<ImportTarget, typeof IGNORE>;
  label: string;
  /** Every row needs it (email, first name, required questions of this parent). */
  required: boolean;
  /** This parent's registration form asks it (standard fields it does not ask are still accepted). */
  asked: boolean;
}

export const questionTarget = (title: string) => `question:${title}` as const;
export const questionTitle = (target: ImportTarget) => (target.startsWith("question:") ? target.slice("question:".length) : null);

/** What a column can be mapped to for this parent, in form order. */
export function targetOptions(questions: RegistrationQuestions): TargetOption[] {
  const asked = new Map(questions.questions.map((q) => [q.field_name, q.required]));
  const standard = (Object.keys(STANDARD_FIELDS) as StandardField[]).map((field) => ({
    value: field,
    label: STANDARD_FIELDS[field],
    required: asked.get(field) ?? false,
    asked: asked.has(field) || field === "last_name",
  }));
  return [
    { value: "email", label: "Email", required: true, asked: true },
    { value: "first_name", label: "First name", required: true, asked: true },
    ...standard,
    ...questions.custom_questions.map((q) => ({ value: questionTarget(q.title), label: q.title, required: q.required, asked: true })),
  ];
}

const normalize = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Common header names per field, already normalized. */
const SYNONYMS: Partial<Record<ImportTarget, string[]>> = {
  email: ["email", "emailaddress", "mail", "emailid", "workemail"],
  first_name: ["firstname", "first", "givenname", "forename", "prenom"],
  last_name: ["lastname", "last", "surname", "familyname"],
  org: ["organization", "organisation", "company", "companyname", "org", "employer"],
  job_title: ["jobtitle", "title", "position"],
  phone: ["phone", "phonenumber", "telephone", "mobile", "tel"],
  zip: ["zip", "zipcode", "postalcode", "postcode", "zippostalcode"],
  state: ["state", "province", "stateprovince", "county"],
  country: ["country", "countryregion"],
  city: ["city", "town"],
  address: ["address", "street", "streetaddress"],
  industry: ["industry", "sector"],
  comments: ["comments", "comment", "questionsandcomments", "questionscomments", "notes"],
  no_of_employees: ["numberofemployees", "noofemployees", "employees", "companysize"],
  purchasing_time_frame: ["purchasingtimeframe", "timeframe"],
  role_in_purchase_process: ["roleinpurchaseprocess", "purchaserole"],
};

/** The target a header most likely means, or `ignore`. Custom question titles win over synonyms. */
export function guessTarget(header: string, options: TargetOption[]): ImportTarget {
  const key = normalize(header);
  if (!key) return IGNORE;
  const byLabel = options.find((o) => o.value.startsWith("question:") && normalize(o.label) === key);
  if (byLabel) return byLabel.value;
  const exact = options.find((o) => normalize(o.label) === key || normalize(o.value) === key);
  if (exact) return exact.value;
  const synonym = options.find((o) => SYNONYMS[o.value]?.includes(key));
  return synonym ? synonym.value : IGNORE;
}

/** One guess per column; a target already taken by an earlier column is left for the user to choose. */
export function guessMapping(headers: string[], options: TargetOption[]): ImportTarget[] {
  const taken = new Set<ImportTarget>();
  return headers.map((header) => {
    const guess = guessTarget(header, options);
    if (guess === IGNORE || taken.has(guess)) return IGNORE;
    taken.add(guess);
    return guess;
  });
}

/** Why this mapping cannot be previewed yet, in sentences (empty: it can). */
export function mappingProblems(mapping: ImportTarget[], options: TargetOption[]): string[] {
  const problems: string[] = [];
  if (!mapping.includes("email")) problems.push("Choose the column that holds the email address.");
  if (!mapping.includes("first_name")) problems.push("Choose the column that holds the first name.");
  const counts = new Map<ImportTarget, number>();
  mapping.forEach((target) => target !== IGNORE && counts.set(target, (counts.get(target) ?? 0) + 1));
  for (const [target, count] of counts) {
    if (count > 1) problems.push(`${options.find((o) => o.value === target)?.label ?? target} is chosen for ${count} columns; choose it once.`);
  }
  return problems;
}

/** Required fields and questions no column gives: every row will fail on them, which the preview shows. */
export function unmappedRequired(mapping: ImportTarget[], options: TargetOption[]): TargetOption[] {
  return options.filter((o) => o.required && o.value !== "email" && o.value !== "first_name" && !mapping.includes(o.value));
}
