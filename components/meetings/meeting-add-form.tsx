"use client";

/**
 * Schedule a meeting: every field a host sets in Zoom, a live preview of a series, and — when Zoom
 * refuses — the reason next to the field it concerns, with every value kept. Admins can schedule
 * for anyone in the account; "Schedule from template" arrives here with the template chosen.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { FormSection } from "@/components/meetings/form-section";
import { FormAside, FormLayout, FormSkeleton } from "@/components/meetings/form-layout";
import { MeetingSettingsFields } from "@/components/meetings/meeting-settings-fields";
import { SaveError } from "@/components/meetings/save-error";
import { ScheduleFields } from "@/components/meetings/schedule-fields";
import { ScheduleSummary } from "@/components/meetings/schedule-summary";
import { applyServerErrors } from "@/components/meetings/server-errors";
import { WriteBudgetNotice } from "@/components/meetings/write-budget-notice";
import { RecurrencePreview } from "@/components/recurrence/recurrence-preview";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { useViewerTimeZone } from "@/components/ui/time";
import { newScheduleDefaults } from "@/components/meetings/defaults";
import { useCreateMeeting } from "@/lib/queries/meetings";
import { templateQueries } from "@/lib/queries/templates";
import { userQueries } from "@/lib/queries/users";
import { meetingCreateSchema, type MeetingInput } from "@/lib/schemas/meeting";

export interface MeetingAddFormProps {
  isAdmin: boolean;
  viewerZoomUserId: string;
  /** Prefill "Schedule for" (e.g. from the users page). */
  initialHost?: string;
  /** Prefill from "Schedule from template". */
  initialTemplate?: { id: string; name: string };
}

const FIELDS = ["topic", "agenda", "startDate", "startTime", "timezone", "duration", "passcode", "settings", "recurrence", "scheduleFor", "templateId"] as const;

export function MeetingAddForm(props: MeetingAddFormProps) {
  const zone = useViewerTimeZone();
  // The viewer's time zone (the default) is only known in the browser.
  if (!zone) return <FormSkeleton />;
  return <MeetingAddFormReady {...props} zone={zone} />;
}

export function meetingDefaults(zone: string, props: Pick<MeetingAddFormProps, "initialHost" | "initialTemplate">): MeetingInput {
  return {
    ...newScheduleDefaults(zone),
    topic: props.initialTemplate?.name ?? "",
    settings: {
      waitingRoom: true,
      joinBeforeHost: false,
      jbhTime: 0,
      muteUponEntry: true,
      hostVideo: true,
      participantVideo: false,
      autoRecording: "none",
      approvalType: 2,
      registrationType: 1,
      alternativeHosts: [],
    },
    scheduleFor: props.initialHost && props.initialHost !== "me" ? props.initialHost : "",
    templateId: props.initialTemplate?.id ?? "",
  };
}

function MeetingAddFormReady({ zone, isAdmin, viewerZoomUserId, initialHost, initialTemplate }: MeetingAddFormProps & { zone: string }) {
  const router = useRouter();
  const form = useForm<MeetingInput>({ resolver: zodResolver(meetingCreateSchema), defaultValues: meetingDefaults(zone, { initialHost, initialTemplate }) });
  const create = useCreateMeeting();
  const [scheduleFor, templateId] = useWatch({ control: form.control, name: ["scheduleFor", "templateId"] });
  const hosts = useQuery({ ...userQueries.hosts(), enabled: isAdmin });
  const templates = useQuery(templateQueries.list("meeting", scheduleFor || "me"));

  const submit = form.handleSubmit((values) =>
    create.mutateAsync(values).then(
      (meeting) => {
        toastSuccess("Meeting scheduled", values.topic);
        router.push(`/meetings/${meeting.id}`);
      },
      (error) => {
        applyServerErrors(error, form.setError, FIELDS);
        toastError("Zoom did not schedule the meeting", error);
      },
    ),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label="Schedule a meeting">
        <FormLayout
          main={
            <>
              {create.error ? <SaveError error={create.error} title="Zoom did not schedule the meeting" /> : null}
              <ScheduleFields mode="create" noun="meeting" />
              <FormSection title="Host and template" description="Templates apply the settings saved in Zoom; the API cannot show or edit them.">
                {isAdmin ? (
                  <SelectField label="Schedule for" error={form.formState.errors.scheduleFor?.message} hint="Admins can schedule on behalf of anyone in the account." {...form.register("scheduleFor")}>
                    <option value="">Me</option>
                    {(hosts.data?.hosts ?? [])
                      .filter((host) => host.id !== viewerZoomUserId)
                      .map((host) => (
                        <option key={host.id} value={host.id}>
                          {host.name} ({host.email})
                        </option>
                      ))}
                    {initialHost && !hosts.data?.hosts.some((h) => h.id === initialHost) ? <option value={initialHost}>{initialHost}</option> : null}
                  </SelectField>
                ) : null}
                <SelectField label="Template" error={form.formState.errors.templateId?.message} {...form.register("templateId")}>
                  <option value="">No template — choose the settings below</option>
                  {(templates.data?.templates ?? []).map((template) => (
                    <option key={template.id} value={template.id}>
                      {template.name}
                      {template.type === 2 ? " (admin template)" : ""}
                    </option>
                  ))}
                  {initialTemplate && !templates.data?.templates.some((t) => t.id === initialTemplate.id) ? <option value={initialTemplate.id}>{initialTemplate.name}</option> : null}
                </SelectField>
              </FormSection>
              {templateId ? (
                <p className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-brand-800 dark:border-brand-600/30 dark:bg-brand-600/10 dark:text-brand-100">
                  Zoom applies the template&apos;s settings (security, video, recording, registration) when it creates the meeting. Zoom&apos;s API cannot read them,
                  so they are not shown here; you can change them on the meeting afterwards.
                </p>
              ) : (
                <MeetingSettingsFields />
              )}
            </>
          }
          aside={
            <FormAside
              title="Summary"
              actions={
                <>
                  <Link href="/meetings" className={buttonClass("secondary")}>
                    Cancel
                  </Link>
                  <Button type="submit" disabled={form.formState.isSubmitting}>
                    {form.formState.isSubmitting ? "Scheduling…" : "Schedule meeting"}
                  </Button>
                </>
              }
            >
              <ScheduleSummary noun="meeting" />
              <WriteBudgetNotice userId={scheduleFor || "me"} />
              <RecurrencePreview />
            </FormAside>
          }
        />
      </form>
    </FormProvider>
  );
}
