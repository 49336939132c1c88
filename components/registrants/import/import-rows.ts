/**
 * The preview of a CSV import: each data row mapped to a registrant and checked with the same
 * schema the route uses (`registrantSchemaFor` of the parent's questions), so a row the preview
 * calls valid is one the import accepts. An email seen on an earlier row makes the later row
 * invalid: Zoom would answer the second registration with the first one's link.
 */
import { registrantSchemaFor, STANDARD_FIELDS, type RegistrantInput, type RegistrationQuestions, type StandardField } from "@/lib/schemas/registrant";
import { IGNORE, questionTitle, type ImportTarget } from "@/components/registrants/import/column-mapping";

export interface RowIssue {
  /** The field's label or the question's title. */
  field: string;
  message: string;
}

export interface PreviewRow {
  /** The row's line in the file, counting the header as 1 (the number a spreadsheet shows). */
  rowNumber: number;
  registrant: RegistrantInput;
  issues: RowIssue[];
  /** Row number of the earlier row with the same email. */
  duplicateOf: number | null;
}

export interface Preview {
  rows: PreviewRow[];
  valid: number;
  invalid: number;
  duplicates: number;
}

/** One data row (cells in column order) → the registrant it describes; blank cells are left out. */
export function mapRow(cells: string[], mapping: ImportTarget[]): RegistrantInput {
  const registrant: Record<string, unknown> = { email: "", first_name: "" };
  const answers: { title: string; value: string }[] = [];
  mapping.forEach((target, column) => {
    const value = (cells[column] ?? "").trim();
    if (target === IGNORE || !value) return;
    const title = questionTitle(target);
    if (title !== null) answers.push({ title, value });
    else registrant[target] = value;
  });
  if (answers.length) registrant.custom_questions = answers;
  return registrant as unknown as RegistrantInput;
}

const labelOf = (key: string) => (key === "email" ? "Email" : key === "first_name" ? "First name" : (STANDARD_FIELDS[key as StandardField] ?? key));

/** Maps and checks every data row; `rowNumber` = index + 2 (the header is row 1). */
export function previewRows(dataRows: string[][], mapping: ImportTarget[], questions: RegistrationQuestions): Preview {
  const schema = registrantSchemaFor(questions);
  const firstRowOf = new Map<string, number>();
  let valid = 0;
  let duplicates = 0;
  const rows = dataRows.map((cells, index): PreviewRow => {
    const rowNumber = index + 2;
    const registrant = mapRow(cells, mapping);
    const result = schema.safeParse(registrant);
    const issues: RowIssue[] = result.success
      ? []
      : result.error.issues.map((issue) => {
          // Custom questions are reported under ["custom_questions", title].
          const [head, second] = issue.path;
          const field = head === "custom_questions" && typeof second === "string" ? second : labelOf(String(head ?? ""));
          return { field, message: issue.message };
        });
    const email = registrant.email.toLowerCase();
    let duplicateOf: number | null = null;
    if (email) {
      const first = firstRowOf.get(email);
      if (first === undefined) firstRowOf.set(email, rowNumber);
      else {
        duplicateOf = first;
        duplicates++;
        issues.push({ field: "Email", message: `Same email as row ${first}; only the first is imported.` });
      }
    }
    if (!issues.length) valid++;
    return { rowNumber, registrant: result.success ? (result.data as RegistrantInput) : registrant, issues, duplicateOf };
  });
  return { rows, valid, invalid: rows.length - valid, duplicates };
}

/** The rows the import sends: valid ones only, in file order. */
export const importableRows = (preview: Preview) => preview.rows.filter((row) => !row.issues.length).map((row) => row.registrant);
