import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { guessMapping, guessTarget, IGNORE, mappingProblems, questionTarget, targetOptions, unmappedRequired } from "@/components/registrants/import/column-mapping";
import { importableRows, mapRow, previewRows } from "@/components/registrants/import/import-rows";
import { fileProblem, parseCsvText } from "@/components/registrants/import/parse-csv";
import { MAX_BULK, type RegistrationQuestions } from "@/lib/schemas/registrant";

// A webinar that asks for the organization (required) and a dietary choice (required), and a free "Notes" answer.
const questions: RegistrationQuestions = {
  questions: [
    { field_name: "last_name", required: false },
    { field_name: "org", required: true },
  ],
  custom_questions: [
    { title: "Dietary needs", type: "single_dropdown", required: true, answers: ["None", "Vegetarian", "Vegan"] },
    { title: "Notes", type: "short", required: false },
  ],
};
const options = targetOptions(questions);
const fixture = fs.readFileSync(new URL("./fixtures/guests-semicolon.csv", import.meta.url), "utf8");

describe("reading the CSV", () => {
  it("detects the semicolon, drops the byte-order mark and skips empty lines", () => {
    const parsed = parseCsvText(fixture);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.csv.headers).toEqual(["E-mail", "First Name", "Surname", "Company", "Dietary needs", "Notes"]);
    expect(parsed.csv.rows).toHaveLength(6);
    expect(parsed.csv.rows[0]).toEqual(["ada@example.com", "Ada", "Lovelace", "Analytical Engines", "Vegetarian", ""]);
  });

  it("keeps quoted commas and line breaks inside a cell, and names blank headers", () => {
    const parsed = parseCsvText('email,first_name,,Notes\nx@example.com,"Smith, Jr.",,"two\nlines"\n');
    expect(parsed).toEqual({ ok: true, csv: { headers: ["email", "first_name", "Column 3", "Notes"], rows: [["x@example.com", "Smith, Jr.", "", "two\nlines"]] } });
  });

  it("says why a file cannot be imported", () => {
    expect(parseCsvText("")).toEqual({ ok: false, message: "The file is empty." });
    expect(parseCsvText("email,first_name\n")).toEqual({ ok: false, message: "The file has a header row but no registrants under it." });
    const tooMany = `email,first_name\n${"a@b.co,A\n".repeat(MAX_BULK + 1)}`;
    expect(parseCsvText(tooMany)).toMatchObject({ ok: false, message: expect.stringContaining("at most 10,000") });
    expect(parseCsvText('email,first_name\n"x@example.com,Ada\n')).toMatchObject({ ok: false, message: expect.stringContaining("could not be read") });
    expect(fileProblem({ name: "guests.xlsx", size: 10 })).toContain("not a CSV file");
    expect(fileProblem({ name: "guests.csv", size: 6 * 1024 * 1024 })).toBe("guests.csv is 6.0 MB; the limit is 5 MB.");
    expect(fileProblem({ name: "guests.CSV", size: 10 })).toBeNull();
  });
});

describe("guessing which field a column is", () => {
  it("matches common header spellings, the field labels and the question titles", () => {
    expect(guessTarget("E-mail", options)).toBe("email");
    expect(guessTarget("Email Address", options)).toBe("email");
    expect(guessTarget("First Name", options)).toBe("first_name");
    expect(guessTarget("first_name", options)).toBe("first_name");
    expect(guessTarget("Surname", options)).toBe("last_name");
    expect(guessTarget("Company", options)).toBe("org");
    expect(guessTarget("Zip/postal code", options)).toBe("zip");
    expect(guessTarget("dietary NEEDS", options)).toBe(questionTarget("Dietary needs"));
    expect(guessTarget("Favourite colour", options)).toBe(IGNORE);
    expect(guessTarget("  ", options)).toBe(IGNORE);
  });

  it("gives each field to the first column that looks like it", () => {
    expect(guessMapping(["Email", "Work email", "First name"], options)).toEqual(["email", IGNORE, "first_name"]);
  });

  it("needs email and first name once each, and lists required fields no column gives", () => {
    expect(mappingProblems(["email", IGNORE], options)).toEqual(["Choose the column that holds the first name."]);
    expect(mappingProblems(["email", "first_name", "org", "org"], options)).toEqual(["Organization is chosen for 2 columns; choose it once."]);
    expect(unmappedRequired(["email", "first_name"], options).map((o) => o.label)).toEqual(["Organization", "Dietary needs"]);
    expect(unmappedRequired(["email", "first_name", "org", questionTarget("Dietary needs")], options)).toEqual([]);
  });
});

describe("the preview", () => {
  const parsed = parseCsvText(fixture);
  if (!parsed.ok) throw new Error(parsed.message);
  const mapping = guessMapping(parsed.csv.headers, options);

  it("maps a row to a registrant, answers as custom questions, blank cells left out", () => {
    expect(mapping).toEqual(["email", "first_name", "last_name", "org", questionTarget("Dietary needs"), questionTarget("Notes")]);
    expect(mapRow(parsed.csv.rows[1], mapping)).toEqual({
      email: "alan@example.com",
      first_name: "Alan",
      last_name: "Turing",
      org: "Bletchley",
      custom_questions: [
        { title: "Dietary needs", value: "None" },
        { title: "Notes", value: "first row" },
      ],
    });
  });

  it("numbers rows as the file does, and gives each invalid row its reasons", () => {
    const preview = previewRows(parsed.csv.rows, mapping, questions);
    expect(preview.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(preview.valid).toBe(3);
    expect(preview.invalid).toBe(3);
    expect(preview.duplicates).toBe(1);
    const byRow = Object.fromEntries(preview.rows.map((row) => [row.registrant.email, row.issues]));
    expect(byRow["not-an-email"]).toEqual([{ field: "Email", message: "Enter a valid email address." }]);
    expect(byRow["katherine@example.com"]).toEqual([{ field: "First name", message: "Enter a first name." }]);
    // Same address in other capitals, on a row that is otherwise fine except its missing organization.
    expect(byRow["ADA@example.com"]).toEqual([
      { field: "Organization", message: "Organization is required." },
      { field: "Email", message: "Same email as row 2; only the first is imported." },
    ]);
    expect(preview.rows[3].duplicateOf).toBe(2);
    expect(preview.rows[0].duplicateOf).toBeNull();
    expect(importableRows(preview).map((r) => r.email)).toEqual(["ada@example.com", "alan@example.com", "mary@example.com"]);
  });

  it("refuses a choice the question does not offer and a missing required answer", () => {
    const preview = previewRows(
      [
        ["a@example.com", "A", "", "Org", "Pescatarian", ""],
        ["b@example.com", "B", "", "Org", "", ""],
      ],
      mapping,
      questions,
    );
    expect(preview.rows[0].issues).toEqual([{ field: "Dietary needs", message: "“Pescatarian” is not one of this question’s answers." }]);
    expect(preview.rows[1].issues).toEqual([{ field: "Dietary needs", message: "“Dietary needs” is required." }]);
  });
});

describe("a refused start", () => {
  it("names the file's line of a row the route refused", async () => {
    const { describeField } = await import("@/components/registrants/import/use-start-import");
    // The second row sent was line 5 of the file (lines 3 and 4 had errors and stayed behind).
    expect(describeField("rows.1.email", [2, 5, 6])).toBe("Row 5 (email)");
    expect(describeField("rows.2.custom_questions.0.value", [2, 5, 6])).toBe("Row 6 (answer 1)");
    expect(describeField("rows.0.custom_questions.Dietary needs", [2, 5, 6])).toBe("Row 2 (Dietary needs)");
    expect(describeField("rows.7", [2])).toBe("Row 8 sent");
    expect(describeField("autoApprove", [2])).toBe("autoApprove");
  });
});
