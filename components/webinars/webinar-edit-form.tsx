"use client";

/** Edit a webinar, its series, or one occurrence (see MeetingEditForm for why only changes are sent). */
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { changedFields } from "@/components/scheduled/changed-fields";
import { EditScopeDialog } from "@/components/scheduled/edit-scope-dialog";
import { FormActions, FormAside, FormLayout, FormNote, FormSkeleton } from "@/components/scheduled/form-layout";
import { ListError } from "@/components/ui/list-footer";
import { SaveError } from "@/components/scheduled/save-error";
import { ScheduledFields } from "@/components/scheduled/scheduled-fields";
import { ScheduledSummary } from "@/components/scheduled/scheduled-summary";
import { applyServerErrors } from "@/components/ui/server-errors";
import { RecurrencePreview } from "@/components/recurrence/recurrence-preview";
import { checkAlternativeHosts } from "@/components/scheduled/alternative-hosts";
import { WebinarSettingsFields } from "@/components/webinars/webinar-settings-fields";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import { userQueries } from "@/lib/queries/users";
import { useUpdateWebinar, useUpdateWebinarOccurrence, webinarQueries } from "@/lib/queries/webinars";
import { webinarInputSchema, webinarOccurrenceUpdateSchema, type WebinarInput } from "@/lib/schemas/webinar";
import { webinarToInput } from "@/lib/schemas/scheduled-from-zoom";
import type { WebinarDetail } from "@/lib/zoom/webinars";

const FIELDS = ["topic", "agenda", "startDate", "startTime", "timezone", "duration", "passcode", "settings", "recurrence"] as const;

/** `isAdmin`: alternative hosts are offered from, and checked against, the account's users. */
export function WebinarEditForm({ webinarId, occurrenceId, scope, isAdmin = false }: { webinarId: string; occurrenceId?: string; scope?: "series"; isAdmin?: boolean }) {
  const zone = useViewerTimeZone();
  const router = useRouter();
  const webinar = useQuery(webinarQueries.detail(webinarId));
  // Once the form is drawn, a failed refetch (a live update after a delete elsewhere) must not take it away:
  // what was typed stays, and saving reports Zoom's answer on the form.
  if (webinar.isError && webinar.data === undefined) return <ListError error={webinar.error} onRetry={() => void webinar.refetch()} what="this webinar" />;
  if (!zone || webinar.isPending) return <FormSkeleton />;
  const w = webinar.data;
  if (w.type === 9 && !occurrenceId && scope !== "series") {
    return <EditScopeDialog open onClose={() => router.push(`/webinars/${webinarId}`)} editPath={`/webinars/${webinarId}/edit`} occurrences={w.occurrences ?? []} noun="webinar" />;
  }
  return <Editor webinar={w} zone={zone} occurrenceId={occurrenceId} isAdmin={isAdmin} />;
}

function Editor({ webinar, zone, occurrenceId, isAdmin }: { webinar: WebinarDetail; zone: string; occurrenceId?: string; isAdmin: boolean }) {
  const router = useRouter();
  const id = String(webinar.id);
  const occurrence = occurrenceId ? webinar.occurrences?.find((o) => o.occurrence_id === occurrenceId) : undefined;
  const single = !!occurrenceId;
  const form = useForm<WebinarInput>({
    resolver: zodResolver(single ? webinarOccurrenceUpdateSchema : webinarInputSchema) as never,
    defaultValues: webinarToInput(webinar, zone, occurrence),
  });
  const updateSeries = useUpdateWebinar(id);
  const updateOne = useUpdateWebinarOccurrence(id);
  const mutation = single ? updateOne : updateSeries;
  const hosts = useQuery({ ...userQueries.hosts(), enabled: isAdmin && !single });
  const submit = form.handleSubmit(async (values) => {
    if (!single && !checkAlternativeHosts(values, hosts.data, form.setError)) return;
    const done = () => {
      toastSuccess(single ? "Occurrence updated" : "Webinar updated", webinar.topic);
      router.push(`/webinars/${id}`);
    };
    const failed = (error: unknown) => {
      applyServerErrors(error, form.setError, FIELDS);
      toastError("Zoom did not save the changes", error);
    };
    if (single) {
      await updateOne.mutateAsync({ occurrenceId: occurrenceId!, update: { startDate: values.startDate, startTime: values.startTime, timezone: values.timezone, duration: values.duration } }).then(done, failed);
      return;
    }
    const changes = changedFields(values, form.formState.dirtyFields);
    if (!Object.keys(changes).length) return toastSuccess("Nothing to save", "No field was changed.");
    await updateSeries.mutateAsync(changes).then(done, failed);
  });
  if (single && !occurrence) return <ListError error={new Error("That occurrence is not part of this webinar any more.")} onRetry={() => router.push(`/webinars/${id}`)} what="the occurrence" />;
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={single ? "Edit this occurrence" : "Edit the webinar"}>
        <FormLayout
          main={
            <>
              {mutation.error ? <SaveError error={mutation.error} title="Zoom did not save the changes" /> : null}
              {single && occurrence ? (
                <FormNote>
                  Editing the occurrence of <span className="font-medium text-slate-900 dark:text-white">{formatDateTime(occurrence.start_time, zone)}</span> only.
                </FormNote>
              ) : null}
              <ScheduledFields mode={single ? "occurrence" : "series"} noun="webinar" />
              {single ? null : <WebinarSettingsFields isAdmin={isAdmin} />}
            </>
          }
          aside={
            <FormAside
              title={single ? webinar.topic : "Summary"}
              actions={<FormActions cancelHref={`/webinars/${id}`} submitting={form.formState.isSubmitting} label={single ? "Save occurrence" : "Save changes"} busyLabel="Saving…" />}
            >
              <ScheduledSummary noun="webinar" showTopic={!single} />
              {single ? null : <RecurrencePreview />}
            </FormAside>
          }
        />
      </form>
    </FormProvider>
  );
}
