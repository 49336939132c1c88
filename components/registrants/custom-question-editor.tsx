"use client";

/** One custom question in the questions editor: its wording, type, whether it is required, its answers, and its place. */
import { useFormContext, useWatch } from "react-hook-form";
import type { QuestionsFormValues } from "@/components/registrants/questions-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { CUSTOM_QUESTION_TYPES, CUSTOM_TYPE_LABELS, isChoiceType } from "@/lib/schemas/registrant";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export function CustomQuestionEditor({ kind, index, count, onMove, onRemove }: { kind: ScheduledKind; index: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const { register, control, formState } = useFormContext<QuestionsFormValues>();
  const type = useWatch({ control, name: `custom.${index}.type` });
  const errors = formState.errors.custom?.[index];
  const n = index + 1;
  return (
    <li className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
        <TextField label={`Question ${n}`} required maxLength={128} error={errors?.title?.message} {...register(`custom.${index}.title`)} />
        <SelectField label={`Question ${n} type`} error={errors?.type?.message} {...register(`custom.${index}.type`)}>
          {CUSTOM_QUESTION_TYPES[kind].map((t) => (
            <option key={t} value={t}>
              {CUSTOM_TYPE_LABELS[t]}
            </option>
          ))}
        </SelectField>
        {isChoiceType(type) ? (
          <TextAreaField
            label={`Question ${n} answers`}
            hint="One answer per line."
            required
            error={errors?.answers?.message}
            {...register(`custom.${index}.answers`)}
            className="sm:col-span-2"
          />
        ) : null}
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
        <CheckboxField label="Required" aria-label={`Question ${n} required`} {...register(`custom.${index}.required`)} />
        <div className="flex gap-1">
          <Button variant="ghost" className="px-2 py-1" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move question ${n} up`}>
            ↑ Up
          </Button>
          <Button variant="ghost" className="px-2 py-1" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Move question ${n} down`}>
            ↓ Down
          </Button>
          <Button variant="ghost" className="px-2 py-1 text-red-700 dark:text-red-400" onClick={onRemove} aria-label={`Remove question ${n}`}>
            Remove
          </Button>
        </div>
      </div>
    </li>
  );
}
