"use client";

/**
 * "Registration questions": which standard fields the registration form asks (and requires), and
 * the custom questions — added, removed, reordered, with their answers for choice types. Once people
 * have registered, saving first says that they will not be asked the new questions.
 */
import { useState } from "react";
import { FormProvider, useFieldArray, useForm, type Path } from "react-hook-form";
import { CustomQuestionEditor } from "@/components/registrants/custom-question-editor";
import { questionsErrorsFor, questionsFormValues, toQuestionsInput, type QuestionsFormValues } from "@/components/registrants/questions-form";
import { lazyResolver } from "@/components/scheduled/lazy-resolver";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/field";
import { ZoomErrorDetails, toastSuccess } from "@/components/ui/toast";
import { ApiClientError } from "@/lib/queries/http";
import { useUpdateQuestions } from "@/lib/queries/registrants";
import { STANDARD_FIELD_NAMES, STANDARD_FIELDS } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { RegistrationSummary } from "@/lib/zoom/types/registrant";

export function QuestionsDialog({ open, onClose, parent, summary }: { open: boolean; onClose: () => void; parent: ScheduledRef; summary: RegistrationSummary }) {
  const update = useUpdateQuestions(parent);
  const [resolver] = useState(() => lazyResolver(() => import("@/components/registrants/registrant-resolver").then((m) => m.questionsResolver(parent.kind))));
  const form = useForm<QuestionsFormValues>({ defaultValues: questionsFormValues(summary.questions), resolver });
  const custom = useFieldArray({ control: form.control, name: "custom" });
  const registered = summary.counts.pending + summary.counts.approved + summary.counts.denied;
  const [warned, setWarned] = useState(false);
  const close = () => {
    update.reset();
    setWarned(false);
    form.reset(questionsFormValues(summary.questions));
    onClose();
  };
  // Escape only hides the dialog, edits kept for when it is reopened; Cancel puts Zoom's questions back.
  const hide = () => {
    update.reset();
    setWarned(false);
    onClose();
  };
  const submit = form.handleSubmit((values) => {
    if (registered > 0 && !warned) {
      setWarned(true);
      return;
    }
    return update.mutateAsync(toQuestionsInput(values)).then(
      () => {
        toastSuccess("Registration questions saved", summary.parent.topic);
        setWarned(false);
        onClose();
      },
      (error: unknown) => {
        if (!(error instanceof ApiClientError)) return;
        const placed = questionsErrorsFor(error.fields.map((f) => ({ path: f.field.split("."), message: f.message })));
        for (const [field, issue] of Object.entries(placed)) if (!field.startsWith("root")) form.setError(field as Path<QuestionsFormValues>, issue);
      },
    );
  });
  const people = registered === 1 ? "1 person has" : `${registered.toLocaleString("en-US")} people have`;

  return (
    <Dialog
      open={open}
      onClose={hide}
      busy={form.formState.isSubmitting}
      closeOnBackdrop={false}
      size="lg"
      title="Registration questions"
      description={`What the registration form of “${summary.parent.topic}” asks. Email and first name are always asked and required.`}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form="questions-form" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Saving…" : warned ? "Save anyway" : "Save questions"}
          </Button>
        </>
      }
    >
      <FormProvider {...form}>
        <form id="questions-form" onSubmit={submit} noValidate className="space-y-6">
          {update.error ? (
            <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
              <p className="font-medium">Zoom did not save the questions.</p>
              <ZoomErrorDetails error={update.error} />
            </div>
          ) : null}
          {warned ? (
            <div role="alert" className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-100">
              <p className="font-medium">{people} registered; they will not be asked the new questions.</p>
              <p className="mt-1">Their answers so far are kept. Save anyway, or cancel to leave the questions as they are.</p>
            </div>
          ) : null}
          <section aria-labelledby="standard-fields-title" className="space-y-3">
            <h3 id="standard-fields-title" className="text-sm font-semibold text-slate-900 dark:text-white">
              Standard fields
            </h3>
            <div className="grid gap-3 sm:grid-cols-2">
              {STANDARD_FIELD_NAMES.map((field) => (
                <SelectField key={field} label={STANDARD_FIELDS[field]} {...form.register(`standard.${field}`)}>
                  <option value="off">Not asked</option>
                  <option value="optional">Asked, optional</option>
                  <option value="required">Asked, required</option>
                </SelectField>
              ))}
            </div>
          </section>
          <section aria-labelledby="custom-questions-title" className="space-y-3">
            <h3 id="custom-questions-title" className="text-sm font-semibold text-slate-900 dark:text-white">
              Your questions
            </h3>
            {custom.fields.length === 0 ? <p className="text-sm text-slate-500 dark:text-slate-400">No questions of your own yet.</p> : null}
            <ol className="space-y-3">
              {custom.fields.map((item, index) => (
                <CustomQuestionEditor key={item.id} kind={parent.kind} index={index} count={custom.fields.length} onMove={(to) => custom.move(index, to)} onRemove={() => custom.remove(index)} />
              ))}
            </ol>
            {form.formState.errors.root?.custom ? <p className="text-sm text-red-700 dark:text-red-400">{form.formState.errors.root.custom.message}</p> : null}
            <Button variant="secondary" onClick={() => custom.append({ title: "", type: "short", required: false, answers: "" }, { shouldFocus: true })}>
              Add a question
            </Button>
          </section>
        </form>
      </FormProvider>
    </Dialog>
  );
}
