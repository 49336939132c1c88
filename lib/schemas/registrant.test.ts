import { describe, expect, it } from "vitest";
import { registrantSchemaFor, splitChoices, type RegistrationQuestions } from "@/lib/schemas/registrant";

const questions: RegistrationQuestions = {
  questions: [],
  custom_questions: [{ title: "Will you attend?", type: "multiple", required: true, answers: ["Yes, definitely", "Maybe", "No, sorry"] }],
};
const answer = (value: string) => registrantSchemaFor(questions).safeParse({ email: "a@example.org", first_name: "A", custom_questions: [{ title: "Will you attend?", value }] });

describe("multiple-choice answers", () => {
  it("keeps an answer that holds a comma in one piece", () => {
    expect(splitChoices("Yes, definitely, Maybe", ["Yes, definitely", "Maybe"])).toEqual(["Yes, definitely", "Maybe"]);
    expect(splitChoices("a, b")).toEqual(["a", "b"]);
    expect(answer("Yes, definitely").success).toBe(true);
    expect(answer("Maybe, No, sorry").success).toBe(true);
  });

  it("still names a choice the question does not offer", () => {
    const result = answer("Yes, definitely, Perhaps");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("“Perhaps” is not one of this question’s answers.");
  });
});
