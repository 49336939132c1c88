/**
 * The registrants table's data, pure so 5,000 rows can be checked in a unit test: search by name or
 * email, sort by name, email or registration time, the custom-question columns, and the CSV export
 * of exactly what the table shows (same filter, same order).
 */
import { sortRows, type Sorting } from "@/components/ui/table-sort";
import { STANDARD_FIELDS, type RegistrantStatus, type RegistrationQuestions, type StandardField } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { ZoomRegistrant } from "@/lib/zoom/types/registrant";

export const SORT_COLUMNS = ["name", "email", "time"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export const registrantName = (r: ZoomRegistrant) => [r.first_name, r.last_name].filter(Boolean).join(" ");

/** Rows whose name or email contains every word of `search` (any case, any order). */
export function filterRegistrants(rows: readonly ZoomRegistrant[], search: string): readonly ZoomRegistrant[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((r) => {
    const text = `${registrantName(r)} ${r.email}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

const sortValues: Record<SortColumn, (r: ZoomRegistrant) => string | undefined> = {
  name: (r) => registrantName(r).toLocaleLowerCase("en-US") || undefined,
  email: (r) => r.email.toLowerCase(),
  // ISO times sort as text.
  time: (r) => r.create_time,
};

export const sortValueOf = (column: string) => sortValues[column as SortColumn];

/** Sorted by one column (rows without a value last, ties in Zoom's order); null keeps Zoom's order. */
export function sortRegistrants(rows: readonly ZoomRegistrant[], sorting: Sorting | null): ZoomRegistrant[] {
  return sortRows(rows, sorting, sorting ? sortValueOf(sorting.id) : undefined);
}

/** `?sort=` ↔ sorting: "name", "-time"…; anything else is Zoom's order. */
export function parseSort(value: string | null): Sorting | null {
  if (!value) return null;
  const desc = value.startsWith("-");
  const id = desc ? value.slice(1) : value;
  return (SORT_COLUMNS as readonly string[]).includes(id) ? { id, desc } : null;
}

export const formatSort = (sorting: Sorting | null) => (sorting ? `${sorting.desc ? "-" : ""}${sorting.id}` : null);

/**
 * The custom questions to show a column for: the ones the form asks now, then any other title
 * found in answers (a question removed after people answered it still has answers worth seeing).
 */
export function customTitles(questions: RegistrationQuestions, rows: readonly ZoomRegistrant[]): string[] {
  const titles = questions.custom_questions.map((q) => q.title);
  const seen = new Set(titles);
  for (const r of rows) {
    for (const answer of r.custom_questions ?? []) {
      if (!seen.has(answer.title)) {
        seen.add(answer.title);
        titles.push(answer.title);
      }
    }
  }
  return titles;
}

export const answerOf = (r: ZoomRegistrant, title: string) => r.custom_questions?.find((a) => a.title === title)?.value ?? "";

/** Standard fields shown in the export: the ones the form asks, plus any a registrant has a value for. */
function standardColumns(questions: RegistrationQuestions, rows: readonly ZoomRegistrant[]): StandardField[] {
  const asked = new Set<StandardField>(questions.questions.map((q) => q.field_name));
  const fields = Object.keys(STANDARD_FIELDS) as StandardField[];
  return fields.filter((field) => field !== "last_name" && (asked.has(field) || rows.some((r) => r[field])));
}

/** The CSV's header and rows: one column per standard field asked and per custom question. */
export function exportTable(rows: readonly ZoomRegistrant[], questions: RegistrationQuestions): { fields: string[]; data: string[][] } {
  const standard = standardColumns(questions, rows);
  const titles = customTitles(questions, rows);
  const fields = ["First name", "Last name", "Email", ...standard.map((f) => STANDARD_FIELDS[f]), ...titles, "Status", "Registered at (UTC)", "Join URL", "Registrant ID"];
  const data = rows.map((r) => [
    r.first_name,
    r.last_name ?? "",
    r.email,
    ...standard.map((f) => r[f] ?? ""),
    ...titles.map((title) => answerOf(r, title)),
    r.status ?? "",
    r.create_time ?? "",
    r.join_url ?? "",
    r.id,
  ]);
  return { fields, data };
}

export const exportFileName = (parent: ScheduledRef, status: RegistrantStatus) => `${parent.kind}-${parent.id}-${status}-registrants.csv`;
