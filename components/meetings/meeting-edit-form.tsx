"use client";

/**
 * Edit a meeting: the whole meeting/series, or one occurrence of a series (`occurrence_id`).
 * Only what changed is sent, like Zoom's PATCH — resending an unchanged schedule would make Zoom
 * recompute the series and drop per-occurrence edits. A refused save keeps every value and shows
 * Zoom's reason (e.g. 3001 when the meeting was deleted elsewhere).
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { FormProvider, useForm } from "react-hook-form";
import { changedFields } from "@/components/scheduled/changed-fields";
import { EditScopeDialog } from "@/components/scheduled/edit-scope-dialog";
import { FormActions, FormAside, FormLayout, FormNote, FormSkeleton } from "@/components/scheduled/form-layout";
import { ListError } from "@/components/ui/list-footer";
import { MeetingSettingsFields } from "@/components/meetings/meeting-settings-fields";
import { SaveError } from "@/components/scheduled/save-error";
import { ScheduledFields } from "@/components/scheduled/scheduled-fields";
import { ScheduledSummary } from "@/components/scheduled/scheduled-summary";
import { applyServerErrors } from "@/components/ui/server-errors";
import { WriteBudgetNotice } from "@/components/scheduled/write-budget-notice";
import { RecurrencePreview } from "@/components/recurrence/recurrence-preview";
import { checkAlternativeHosts } from "@/components/scheduled/alternative-hosts";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import { meetingQueries, useUpdateMeeting, useUpdateOccurrence } from "@/lib/queries/meetings";
import { userQueries } from "@/lib/queries/users";
import { meetingInputSchema, occurrenceUpdateSchema, type MeetingInput } from "@/lib/schemas/meeting";
import { meetingToInput } from "@/lib/schemas/scheduled-from-zoom";
import type { MeetingDetail } from "@/lib/zoom/meetings";

const FIELDS = ["topic", "agenda", "startDate", "startTime", "timezone", "duration", "passcode", "settings", "recurrence"] as const;

/** `isAdmin`: alternative hosts are offered from, and checked against, the account's users. */
export function MeetingEditForm({ meetingId, occurrenceId, scope, isAdmin = false }: { meetingId: string; occurrenceId?: string; scope?: "series"; isAdmin?: boolean }) {
  const zone = useViewerTimeZone();
  const router = useRouter();
  const meeting = useQuery(meetingQueries.detail(meetingId));
  // Once the form is drawn, a failed refetch (a live update after a delete elsewhere) must not take it away:
  // what was typed stays, and saving reports Zoom's answer on the form.
  if (meeting.isError && meeting.data === undefined) return <ListError error={meeting.error} onRetry={() => void meeting.refetch()} what="this meeting" />;
  if (!zone || meeting.isPending) return <FormSkeleton />;
  const m = meeting.data;
  const recurring = m.type === 8;
  if (recurring && !occurrenceId && scope !== "series") {
    return <EditScopeDialog open onClose={() => router.push(`/meetings/${meetingId}`)} editPath={`/meetings/${meetingId}/edit`} occurrences={m.occurrences ?? []} noun="meeting" />;
  }
  if (occurrenceId) {
    const occurrence = m.occurrences?.find((o) => o.occurrence_id === occurrenceId);
    if (!occurrence) return <ListError error={new Error("That occurrence is not part of this meeting any more (it may have passed or been deleted).")} onRetry={() => router.push(`/meetings/${meetingId}`)} what="the occurrence" />;
    return <OccurrenceForm meeting={m} occurrenceId={occurrenceId} zone={zone} />;
  }
  return <SeriesForm meeting={m} zone={zone} isAdmin={isAdmin} />;
}

function SeriesForm({ meeting, zone, isAdmin }: { meeting: MeetingDetail; zone: string; isAdmin: boolean }) {
  const router = useRouter();
  const id = String(meeting.id);
  const form = useForm<MeetingInput>({ resolver: zodResolver(meetingInputSchema), defaultValues: meetingToInput(meeting, zone) });
  const update = useUpdateMeeting(id);
  const hosts = useQuery({ ...userQueries.hosts(), enabled: isAdmin });
  const submit = form.handleSubmit(async (values) => {
    if (!checkAlternativeHosts(values, hosts.data, form.setError)) return;
    const changes = changedFields(values, form.formState.dirtyFields);
    if (!Object.keys(changes).length) {
      toastSuccess("Nothing to save", "No field was changed.");
      return;
    }
    await update.mutateAsync(changes).then(
      () => {
        toastSuccess("Meeting updated", values.topic);
        router.push(`/meetings/${id}`);
      },
      (error) => {
        applyServerErrors(error, form.setError, FIELDS);
        toastError("Zoom did not save the changes", error);
      },
    );
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={meeting.type === 8 ? "Edit the whole series" : "Edit the meeting"}>
        <FormLayout
          main={
            <>
              {update.error ? <SaveError error={update.error} title="Zoom did not save the changes" /> : null}
              {meeting.type === 8 ? (
                <FormNote>
                  Changes apply to every occurrence. Changing the date, time or pattern makes Zoom rebuild the series, which drops edits and deletions of single occurrences.
                </FormNote>
              ) : null}
              <ScheduledFields mode="series" noun="meeting" />
              <MeetingSettingsFields isAdmin={isAdmin} />
            </>
          }
          aside={
            <FormAside
              title="Summary"
              actions={<FormActions cancelHref={`/meetings/${id}`} submitting={form.formState.isSubmitting} label="Save changes" busyLabel="Saving…" />}
            >
              <ScheduledSummary noun="meeting" />
              <WriteBudgetNotice userId={meeting.host_id} />
              <RecurrencePreview />
            </FormAside>
          }
        />
      </form>
    </FormProvider>
  );
}

function OccurrenceForm({ meeting, occurrenceId, zone }: { meeting: MeetingDetail; occurrenceId: string; zone: string }) {
  const router = useRouter();
  const id = String(meeting.id);
  const occurrence = meeting.occurrences!.find((o) => o.occurrence_id === occurrenceId)!;
  const form = useForm<MeetingInput>({ resolver: zodResolver(occurrenceUpdateSchema) as never, defaultValues: meetingToInput(meeting, zone, occurrence) });
  const update = useUpdateOccurrence(id);
  const submit = form.handleSubmit((values) =>
    update.mutateAsync({ occurrenceId, update: { startDate: values.startDate, startTime: values.startTime, timezone: values.timezone, duration: values.duration } }).then(
      () => {
        toastSuccess("Occurrence updated", meeting.topic);
        router.push(`/meetings/${id}`);
      },
      (error) => {
        applyServerErrors(error, form.setError, FIELDS);
        toastError("Zoom did not move the occurrence", error);
      },
    ),
  );
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label="Edit this occurrence">
        <FormLayout
          main={
            <>
              {update.error ? <SaveError error={update.error} title="Zoom did not move the occurrence" /> : null}
              <FormNote>
                Editing the occurrence of <span className="font-medium text-slate-900 dark:text-white">{formatDateTime(occurrence.start_time, zone)}</span> only. Zoom changes the time and
                length of a single occurrence; topic and settings belong to the whole series.
              </FormNote>
              <ScheduledFields mode="occurrence" noun="meeting" />
            </>
          }
          aside={
            <FormAside
              title={meeting.topic}
              actions={<FormActions cancelHref={`/meetings/${id}`} submitting={form.formState.isSubmitting} label="Save occurrence" busyLabel="Saving…" />}
            >
              <ScheduledSummary noun="meeting" showTopic={false} />
            </FormAside>
          }
        />
      </form>
    </FormProvider>
  );
}
