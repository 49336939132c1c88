/**
 * The add form's validation: the route's own shape (`registrantAddSchema` with this parent's
 * `registrantSchemaFor(questions)` as its registrant), run on the body the form would send, with
 * issues put back on the form's fields. Loaded on the form's first validation, with zod.
 */
import { toNestErrors } from "@hookform/resolvers";
import type { Resolver } from "react-hook-form";
import { issuesToFormErrors, type RegistrantFormValues } from "@/components/registrants/registrant-form";
import { questionsErrorsFor, toQuestionsInput, type QuestionsFormValues } from "@/components/registrants/questions-form";
import { questionsSchemaFor, registrantAddSchema, registrantSchemaFor, type RegistrantAdd, type RegistrationQuestions } from "@/lib/schemas/registrant";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export function registrantResolver(questions: RegistrationQuestions, toBody: (values: RegistrantFormValues) => RegistrantAdd): Resolver<RegistrantFormValues> {
  const schema = registrantAddSchema.extend({ registrant: registrantSchemaFor(questions) });
  return (values, _context, options) => {
    const result = schema.safeParse(toBody(values));
    if (result.success) return { values, errors: {} };
    return { values: {}, errors: toNestErrors(issuesToFormErrors(result.error.issues, questions), options) };
  };
}

export function questionsResolver(kind: ScheduledKind): Resolver<QuestionsFormValues> {
  const schema = questionsSchemaFor(kind);
  return (values, _context, options) => {
    const result = schema.safeParse(toQuestionsInput(values));
    if (result.success) return { values, errors: {} };
    return { values: {}, errors: toNestErrors(questionsErrorsFor(result.error.issues), options) };
  };
}
