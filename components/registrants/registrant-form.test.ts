import { describe, expect, it } from "vitest";
import { emptyRegistrantForm, formFieldFor, toRegistrantAdd } from "@/components/registrants/registrant-form";
import { questionsFormValues, toQuestionsInput, questionsErrorsFor } from "@/components/registrants/questions-form";
import { questionsResolver, registrantResolver } from "@/components/registrants/registrant-resolver";
import type { RegistrationQuestions } from "@/lib/schemas/registrant";

const questions: RegistrationQuestions = {
  questions: [
    { field_name: "last_name", required: true },
    { field_name: "no_of_employees", required: false },
  ],
  custom_questions: [
    { title: "Dept. (main)", type: "short", required: true },
    { title: "Topics", type: "multiple", required: false, answers: ["AI", "Cloud", "Edge"] },
  ],
};

const resolverOptions = { fields: {}, shouldUseNativeValidation: false } as never;

describe("add registrant form", () => {
  it("sends only asked fields with a value, and joins ticked choices in the question's order", () => {
    const values = emptyRegistrantForm(questions);
    values.registrant = { ...values.registrant, email: " a@b.test ", first_name: "Ana", last_name: "Lopez", no_of_employees: "" };
    values.answers = { q0: "Sales", q1: ["Edge", "AI"] };
    expect(toRegistrantAdd(values, questions, { autoApprove: true })).toEqual({
      registrant: { email: "a@b.test", first_name: "Ana", last_name: "Lopez", custom_questions: [{ title: "Dept. (main)", value: "Sales" }, { title: "Topics", value: "AI, Edge" }] },
      autoApprove: true,
    });
  });

  it("maps the route's field names (titles with dots included) back to form fields", () => {
    expect(formFieldFor("registrant.custom_questions.Dept. (main)", questions)).toBe("answers.q0");
    expect(formFieldFor("registrant.email", questions)).toBe("registrant.email");
    expect(formFieldFor("registrant.city", questions)).toBeNull();
    expect(formFieldFor("registrant.custom_questions.Unknown", questions)).toBeNull();
  });

  it("validates with the route's schema and puts each issue on its field", async () => {
    const resolve = registrantResolver(questions, (v) => toRegistrantAdd(v, questions));
    const values = emptyRegistrantForm(questions);
    values.registrant.email = "not-an-email";
    values.registrant.first_name = "Ana";
    values.registrant.no_of_employees = "a lot";
    const result = await resolve(values, undefined, resolverOptions);
    const errors = result.errors as Record<string, Record<string, { message: string }>>;
    expect(errors.registrant?.email?.message).toBe("Enter a valid email address.");
    expect(errors.registrant?.last_name?.message).toBe("Last name is required.");
    expect(errors.registrant?.no_of_employees?.message).toMatch(/^Choose one of/);
    expect(errors.answers?.q0?.message).toBe("“Dept. (main)” is required.");

    values.registrant = { ...values.registrant, email: "a@b.test", last_name: "L", no_of_employees: "1-20" };
    values.answers = { q0: "Sales", q1: ["Cloud"] };
    expect((await resolve(values, undefined, resolverOptions)).errors).toEqual({});
  });
});

describe("registration questions editor", () => {
  it("round-trips the questions and sends choice answers one per line", () => {
    const values = questionsFormValues(questions);
    expect(values.standard.last_name).toBe("required");
    expect(values.standard.no_of_employees).toBe("optional");
    expect(values.standard.city).toBe("off");
    expect(toQuestionsInput(values)).toEqual(questions);
    values.custom[1]!.answers = " AI \n\nCloud";
    expect(toQuestionsInput(values).custom_questions[1]!.answers).toEqual(["AI", "Cloud"]);
  });

  it("refuses a choice question without answers and duplicate titles, on their fields", async () => {
    const resolve = questionsResolver("webinar");
    const values = questionsFormValues(questions);
    values.custom.push({ title: "topics", type: "single_dropdown", required: false, answers: "" });
    const errors = (await resolve(values, undefined, resolverOptions)).errors as { custom?: Record<string, { title?: { message: string }; answers?: { message: string } }> };
    expect(errors.custom?.[2]?.title?.message).toBe("Two questions have this title.");
    expect(errors.custom?.[2]?.answers?.message).toBe("A choice question needs at least one answer.");
    // A type the kind does not offer lands on that question's type select.
    expect(questionsErrorsFor([{ path: ["custom_questions", 1, "type"], message: "x" }])).toEqual({ "custom.1.type": { type: "validation", message: "x" } });
  });
});
