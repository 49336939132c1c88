"use client";

/** The add form's controls for the parent's own questions: its standard fields and each custom question by type. */
import { useController, useFormContext, type FieldError } from "react-hook-form";
import { answerKey, type RegistrantFormValues } from "@/components/registrants/registrant-form";
import { CheckboxField, FieldGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { STANDARD_CHOICES, STANDARD_FIELDS, type RegistrationQuestions, type StandardField } from "@/lib/schemas/registrant";

type CustomQuestion = RegistrationQuestions["custom_questions"][number];

const Required = ({ on }: { on: boolean }) =>
  on ? (
    <>
      <span className="text-red-600" aria-hidden="true">
        {" "}
        *
      </span>
      <span className="sr-only"> (required)</span>
    </>
  ) : null;

export function StandardField({ field, required }: { field: StandardField; required: boolean }) {
  const { register, formState } = useFormContext<RegistrantFormValues>();
  const error = formState.errors.registrant?.[field]?.message;
  const label = STANDARD_FIELDS[field];
  const choices = STANDARD_CHOICES[field];
  const props = { label, required, error, ...register(`registrant.${field}`) };
  if (choices) {
    return (
      <SelectField {...props}>
        <option value="">{required ? "Choose…" : "Not answered"}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </SelectField>
    );
  }
  if (field === "comments") return <TextAreaField {...props} className="sm:col-span-2" />;
  return <TextField {...props} autoComplete="off" />;
}

export function CustomAnswerField({ question, index }: { question: CustomQuestion; index: number }) {
  const { register, formState } = useFormContext<RegistrantFormValues>();
  const name = `answers.${answerKey(index)}` as const;
  const error = (formState.errors.answers?.[answerKey(index)] as FieldError | undefined)?.message;
  const answers = question.answers ?? [];
  if (question.type === "short") return <TextField label={question.title} required={question.required} error={error} maxLength={128} {...register(name)} className="sm:col-span-2" />;
  if (question.type === "single_dropdown") {
    return (
      <SelectField label={question.title} required={question.required} error={error} {...register(name)} className="sm:col-span-2">
        <option value="">{question.required ? "Choose…" : "Not answered"}</option>
        {answers.map((answer) => (
          <option key={answer} value={answer}>
            {answer}
          </option>
        ))}
      </SelectField>
    );
  }
  if (question.type === "multiple") return <MultipleChoice question={question} name={name} error={error} />;
  return (
    <FieldGroup legend={<>{question.title}<Required on={question.required} /></>} error={error} className="sm:col-span-2">
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {answers.map((answer) => (
          <label key={answer} className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            <input type="radio" value={answer} className="h-4 w-4 accent-brand-600" {...register(name)} />
            {answer}
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}

function MultipleChoice({ question, name, error }: { question: CustomQuestion; name: `answers.${string}`; error?: string }) {
  const { field } = useController<RegistrantFormValues, `answers.${string}`>({ name });
  const ticked = Array.isArray(field.value) ? field.value : [];
  return (
    <FieldGroup legend={<>{question.title}<Required on={question.required} /></>} hint="Choose any that apply." error={error} className="sm:col-span-2">
      <div className="grid gap-2 sm:grid-cols-2">
        {(question.answers ?? []).map((answer) => (
          <CheckboxField
            key={answer}
            label={answer}
            checked={ticked.includes(answer)}
            onBlur={field.onBlur}
            onChange={(event) => field.onChange(event.target.checked ? [...ticked, answer] : ticked.filter((a) => a !== answer))}
          />
        ))}
      </div>
    </FieldGroup>
  );
}
