"use client";

/**
 * "Add registrant": a form built from the parent's own registration questions, checked in the
 * browser with the route's schema, Zoom's or the route's field errors put on their fields (values
 * kept), and on success the unique join link Zoom made for this person, ready to copy.
 */
import { useState } from "react";
import { FormProvider, useController, useForm, type Path } from "react-hook-form";
import { CustomAnswerField, StandardField } from "@/components/registrants/answer-fields";
import { emptyRegistrantForm, formFieldFor, toRegistrantAdd, type RegistrantFormValues } from "@/components/registrants/registrant-form";
import { lazyResolver } from "@/components/scheduled/lazy-resolver";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";
import { CheckboxField, FieldGroup, TextField } from "@/components/ui/field";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import { ZoomErrorDetails, toastSuccess } from "@/components/ui/toast";
import { ApiClientError } from "@/lib/queries/http";
import { useAddRegistrant } from "@/lib/queries/registrants";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { RegistrantAdded, RegistrationSummary } from "@/lib/zoom/types/registrant";

export function AddRegistrantDialog({ open, onClose, parent, summary }: { open: boolean; onClose: () => void; parent: ScheduledRef; summary: RegistrationSummary }) {
  const { questions } = summary;
  const add = useAddRegistrant(parent);
  const [added, setAdded] = useState<{ email: string; result: RegistrantAdded } | null>(null);
  const manual = summary.parent.approvalType === 1;
  // The dialog is remounted when the questions change (keyed by them), so one resolver per mount.
  const [resolver] = useState(() => lazyResolver(() => import("@/components/registrants/registrant-resolver").then((m) => m.registrantResolver(questions, (v) => toRegistrantAdd(v, questions)))));
  const form = useForm<RegistrantFormValues>({ defaultValues: emptyRegistrantForm(questions), resolver });
  const close = () => {
    setAdded(null);
    add.reset();
    form.reset(emptyRegistrantForm(questions));
    onClose();
  };
  // Escape or the backdrop only hide the form: what was typed is still there when it is reopened.
  // Cancel (and closing after a success) empties it.
  const hide = () => {
    add.reset();
    onClose();
  };
  const submit = form.handleSubmit((values) =>
    add.mutateAsync(toRegistrantAdd(values, questions)).then(
      (result) => {
        toastSuccess("Registrant added", values.registrant.email);
        setAdded({ email: values.registrant.email, result });
      },
      (error: unknown) => {
        if (!(error instanceof ApiClientError)) return;
        for (const issue of error.fields) {
          const field = formFieldFor(issue.field, questions);
          if (field) form.setError(field as Path<RegistrantFormValues>, { type: "server", message: error.zoom ? `Zoom: ${issue.message}` : issue.message });
        }
      },
    ),
  );

  const another = () => {
    setAdded(null);
    add.reset();
    form.reset(emptyRegistrantForm(questions));
  };
  if (added) return <AddedDialog open={open} email={added.email} result={added.result} onClose={close} onAnother={another} />;
  const perOccurrence = summary.parent.recurring && (summary.parent.registrationType === 2 || summary.parent.registrationType === 3);
  return (
    <Dialog
      open={open}
      onClose={hide}
      busy={form.formState.isSubmitting}
      closeOnBackdrop={false}
      size="lg"
      title="Add registrant"
      description={`Registers someone for “${summary.parent.topic}” with the ${parent.kind}’s own questions. Zoom gives them a join link of their own${manual ? " once approved" : ""}.`}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form="add-registrant-form" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Adding…" : "Add registrant"}
          </Button>
        </>
      }
    >
      <FormProvider {...form}>
        <form id="add-registrant-form" onSubmit={submit} noValidate className="space-y-5">
          {add.error ? (
            <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
              <p className="font-medium">Zoom did not add the registrant. Nothing you typed has been lost.</p>
              <ZoomErrorDetails error={add.error} />
            </div>
          ) : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Email" type="email" required autoComplete="off" error={form.formState.errors.registrant?.email?.message} {...form.register("registrant.email")} className="sm:col-span-2" />
            <TextField label="First name" required autoComplete="off" error={form.formState.errors.registrant?.first_name?.message} {...form.register("registrant.first_name")} />
            {questions.questions.map((q) => (
              <StandardField key={q.field_name} field={q.field_name} required={q.required} />
            ))}
            {questions.custom_questions.map((q, index) => (
              <CustomAnswerField key={q.title} question={q} index={index} />
            ))}
          </div>
          {perOccurrence ? <OccurrenceChoice occurrences={summary.parent.occurrences} /> : null}
          {manual ? <CheckboxField label="Approve at once" description="Otherwise they wait under Pending until you approve them." {...form.register("autoApprove")} /> : null}
        </form>
      </FormProvider>
    </Dialog>
  );
}

function OccurrenceChoice({ occurrences }: { occurrences: RegistrationSummary["parent"]["occurrences"] }) {
  const zone = useViewerTimeZone() ?? "UTC";
  const { field, fieldState } = useController<RegistrantFormValues, "occurrenceIds">({ name: "occurrenceIds" });
  return (
    <FieldGroup legend="Occurrences" hint="None ticked: every occurrence." error={fieldState.error?.message}>
      <div className="grid max-h-40 gap-2 overflow-y-auto sm:grid-cols-2">
        {occurrences.map((o) => (
          <CheckboxField
            key={o.occurrence_id}
            label={formatDateTime(o.start_time, zone)}
            checked={field.value.includes(o.occurrence_id)}
            onChange={(event) => field.onChange(event.target.checked ? [...field.value, o.occurrence_id] : field.value.filter((id) => id !== o.occurrence_id))}
          />
        ))}
      </div>
    </FieldGroup>
  );
}

function AddedDialog({ open, email, result, onClose, onAnother }: { open: boolean; email: string; result: RegistrantAdded; onClose: () => void; onAnother: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Registrant added"
      description={`${email} is registered. This join link is theirs alone; Zoom may also email it, depending on the notification settings.`}
      footer={
        <>
          <Button variant="secondary" onClick={onAnother}>
            Add another
          </Button>
          <Button onClick={onClose}>Done</Button>
        </>
      }
    >
      <div className="space-y-2">
        {result.approvalFailed ? (
          <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-100">
            They are registered but still pending: Zoom did not approve them. {result.approvalFailed} Approve them from the Pending tab.
          </p>
        ) : null}
        <TextField label="Their join link" readOnly value={result.joinUrl} onFocus={(event) => event.target.select()} className="font-mono" />
        <CopyButton text={result.joinUrl} label="Copy join link" copiedLabel="Join link copied" />
      </div>
    </Dialog>
  );
}
