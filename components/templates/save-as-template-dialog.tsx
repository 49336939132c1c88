"use client";

/**
 * "Save as template": Zoom copies the meeting's (or webinar's) settings — and, if asked, its
 * recurrence — into a personal template. The API cannot edit or delete templates afterwards, so
 * the dialog says so before anyone relies on changing it later.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { UseMutationResult } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/components/ui/server-errors";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { CheckboxField, TextField } from "@/components/ui/field";
import { ZoomErrorDetails, toastSuccess } from "@/components/ui/toast";
import { saveAsTemplateSchema, type SaveAsTemplateInput } from "@/lib/schemas/template";
import type { ZoomTemplateCreated } from "@/lib/zoom/types/template";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export function SaveAsTemplateDialog({
  open,
  onClose,
  topic,
  recurring,
  noun,
  mutation,
}: {
  open: boolean;
  onClose: () => void;
  topic: string;
  recurring: boolean;
  noun: ScheduledKind;
  mutation: UseMutationResult<ZoomTemplateCreated, Error, SaveAsTemplateInput>;
}) {
  const form = useForm<SaveAsTemplateInput>({ resolver: zodResolver(saveAsTemplateSchema), defaultValues: { name: topic.slice(0, 64), saveRecurrence: recurring, overwrite: false } });
  const submit = form.handleSubmit((values) =>
    mutation.mutateAsync(values).then(
      (template) => {
        toastSuccess("Template saved", template.name);
        onClose();
      },
      (error) => {
        applyServerErrors(error, form.setError, ["name"]);
      },
    ),
  );
  return (
    <Dialog
      open={open}
      onClose={onClose}
      busy={form.formState.isSubmitting}
      closeOnBackdrop={false}
      title="Save as template"
      description={`Zoom saves this ${noun}'s settings as a template you can schedule from. Templates cannot be edited or deleted through Zoom's API — use the Zoom web portal for that.`}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form="save-template-form" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Saving…" : "Save template"}
          </Button>
        </>
      }
    >
      <form id="save-template-form" onSubmit={submit} noValidate className="space-y-4">
        {mutation.error ? (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
            <ZoomErrorDetails error={mutation.error} />
          </div>
        ) : null}
        <TextField label="Template name" required maxLength={64} error={form.formState.errors.name?.message} {...form.register("name")} />
        {recurring ? <CheckboxField label="Keep the recurrence" description="New meetings from this template repeat the same way." {...form.register("saveRecurrence")} /> : null}
        <CheckboxField label="Replace a template with the same name" {...form.register("overwrite")} />
      </form>
    </Dialog>
  );
}
