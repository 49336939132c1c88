"use client";

/**
 * Settings → Mail → Vacation responder. Start and end are edited as wall-clock times in the
 * browser's time zone and sent as instants; the saved state shown is Zoom's answer.
 */
import { useQuery } from "@tanstack/react-query";
import { DateTime } from "luxon";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField, FieldGroup, TextAreaField, TextField } from "@/components/ui/field";
import { ListError } from "@/components/ui/list-footer";
import { SkeletonRows } from "@/components/ui/skeleton";
import { formatDate, formatTime, useViewerTimeZone } from "@/components/ui/time";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { ApiClientError } from "@/lib/queries/http";
import { mailQueries, useSaveVacation } from "@/lib/queries/mail";
import { vacationSchema, type Vacation } from "@/lib/schemas/mail";

type FormValues = Omit<Vacation, "startTime" | "endTime"> & { start: string; end: string };

/** An instant as the value of a `datetime-local` input: wall time in `zone`. */
const toLocalInput = (iso: string | null, zone: string) => (iso ? DateTime.fromISO(iso).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm") : "");
const fromLocalInput = (value: string, zone: string) => (value ? DateTime.fromISO(value, { zone }).toUTC().toISO() : null);
const when = (iso: string | null, zone: string) => (iso ? `${formatDate(iso, zone)}, ${formatTime(iso, zone)}` : null);

function savedSummary(v: Vacation, zone: string): string {
  if (!v.enableAutoReply) return "Off";
  const from = when(v.startTime, zone);
  const to = when(v.endTime, zone);
  return `On${from ? ` from ${from}` : ""}${to ? ` until ${to}` : ""}${v.responseSubject ? ` · “${v.responseSubject}”` : ""}`;
}

/** Rendered only in the browser (the zone is the viewer's), so the inputs start from the right wall times. */
function VacationFields({ saved, zone }: { saved: Vacation; zone: string }) {
  const form = useForm<FormValues>({ defaultValues: { ...saved, start: toLocalInput(saved.startTime, zone), end: toLocalInput(saved.endTime, zone) } });
  const { register, handleSubmit, setError, formState, control } = form;
  const save = useSaveVacation();
  const enabled = useWatch({ control, name: "enableAutoReply" });

  const onSubmit = handleSubmit(async ({ start, end, ...rest }) => {
    const input = { ...rest, startTime: fromLocalInput(start, zone), endTime: fromLocalInput(end, zone) };
    const checked = vacationSchema.safeParse(input);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const field = issue.path[0] === "startTime" ? "start" : issue.path[0] === "endTime" ? "end" : (issue.path[0] as keyof FormValues);
        setError(field, { message: issue.message });
      }
      return;
    }
    try {
      const result = await save.mutateAsync(checked.data);
      form.reset({ ...result, start: toLocalInput(result.startTime, zone), end: toLocalInput(result.endTime, zone) });
      toastSuccess("Vacation responder saved", savedSummary(result, zone));
    } catch (error) {
      if (error instanceof ApiClientError) for (const f of error.fields) setError(f.field === "startTime" ? "start" : f.field === "endTime" ? "end" : (f.field as keyof FormValues), { message: f.message });
      toastError("The vacation responder was not saved", error);
    }
  });

  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Saved at Zoom: <strong className="text-slate-900 dark:text-slate-100">{savedSummary(save.data ?? saved, zone)}</strong>
      </p>
      <CheckboxField label="Send automatic replies" description="Zoom answers incoming mail with the message below." {...register("enableAutoReply")} />
      <fieldset disabled={!enabled} className="space-y-4 disabled:opacity-60">
        <legend className="sr-only">Responder details</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField type="datetime-local" label="Starts" hint={`Optional. Your time zone: ${zone}.`} error={e.start?.message} {...register("start")} />
          <TextField type="datetime-local" label="Ends" hint="Optional. Replies stop after this." error={e.end?.message} {...register("end")} />
        </div>
        <TextField label="Reply subject" hint="Put before the original subject, e.g. “Out of office”." error={e.responseSubject?.message} {...register("responseSubject")} />
        <TextAreaField label="Reply message" rows={5} error={e.responseBodyPlainText?.message} {...register("responseBodyPlainText")} />
        <FieldGroup legend="Who gets a reply">
          <CheckboxField label="Only people in my contacts" {...register("restrictToContacts")} />
          <CheckboxField label="Only people in my organization's domain" {...register("restrictToDomain")} />
          <CheckboxField label="Reply every time" description="Otherwise Zoom replies to the same sender once every four days." {...register("enableAlwaysRespond")} />
        </FieldGroup>
      </fieldset>
      <Button type="submit" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save vacation responder"}
      </Button>
    </form>
  );
}

export function VacationCard() {
  const query = useQuery(mailQueries.vacation());
  const zone = useViewerTimeZone();
  return (
    <Card title="Vacation responder">
      {query.isPending || !zone ? <SkeletonRows rows={3} label="Loading the vacation responder" /> : query.isError ? <ListError error={query.error} onRetry={() => void query.refetch()} what="the vacation responder" /> : <VacationFields saved={query.data} zone={zone} />}
    </Card>
  );
}
