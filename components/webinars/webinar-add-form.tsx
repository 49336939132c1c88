"use client";

/** Schedule a webinar: same flow as meetings, with webinar settings and webinar templates. */
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { newScheduleDefaults } from "@/components/meetings/defaults";
import { FormAside, FormLayout, FormSkeleton } from "@/components/meetings/form-layout";
import { FormSection } from "@/components/meetings/form-section";
import { SaveError } from "@/components/meetings/save-error";
import { ScheduleFields } from "@/components/meetings/schedule-fields";
import { ScheduleSummary } from "@/components/meetings/schedule-summary";
import { applyServerErrors } from "@/components/meetings/server-errors";
import { WriteBudgetNotice } from "@/components/meetings/write-budget-notice";
import { RecurrencePreview } from "@/components/recurrence/recurrence-preview";
import { WebinarSettingsFields } from "@/components/webinars/webinar-settings-fields";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { toastError, toastSuccess } from "@/components/ui/toast";
import { useViewerTimeZone } from "@/components/ui/time";
import { templateQueries } from "@/lib/queries/templates";
import { userQueries } from "@/lib/queries/users";
import { useCreateWebinar } from "@/lib/queries/webinars";
import { webinarCreateSchema, type WebinarInput } from "@/lib/schemas/webinar";

const FIELDS = ["topic", "agenda", "startDate", "startTime", "timezone", "duration", "passcode", "settings", "recurrence", "scheduleFor", "templateId"] as const;

interface Props {
  isAdmin: boolean;
  viewerZoomUserId: string;
  initialHost?: string;
  initialTemplate?: { id: string; name: string };
}

export function WebinarAddForm(props: Props) {
  const zone = useViewerTimeZone();
  if (!zone) return <FormSkeleton />;
  return <Ready {...props} zone={zone} />;
}

function Ready({ zone, isAdmin, viewerZoomUserId, initialHost, initialTemplate }: Props & { zone: string }) {
  const router = useRouter();
  const form = useForm<WebinarInput>({
    resolver: zodResolver(webinarCreateSchema),
    defaultValues: {
      ...newScheduleDefaults(zone),
      topic: initialTemplate?.name ?? "",
      settings: {
        hostVideo: true,
        panelistsVideo: true,
        practiceSession: false,
        hdVideo: false,
        questionAndAnswer: true,
        onDemand: false,
        autoRecording: "cloud",
        approvalType: 0,
        registrationType: 1,
        registrantsRestrictNumber: 0,
        alternativeHosts: [],
      },
      scheduleFor: initialHost && initialHost !== "me" ? initialHost : "",
      templateId: initialTemplate?.id ?? "",
    },
  });
  const create = useCreateWebinar();
  const [scheduleFor, templateId] = useWatch({ control: form.control, name: ["scheduleFor", "templateId"] });
  const hosts = useQuery({ ...userQueries.hosts(), enabled: isAdmin });
  const templates = useQuery(templateQueries.list("webinar", scheduleFor || "me"));
  const submit = form.handleSubmit((values) =>
    create.mutateAsync(values).then(
      (webinar) => {
        toastSuccess("Webinar scheduled", values.topic);
        router.push(`/webinars/${webinar.id}`);
      },
      (error) => {
        applyServerErrors(error, form.setError, FIELDS);
        toastError("Zoom did not schedule the webinar", error);
      },
    ),
  );
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label="Schedule a webinar">
        <FormLayout
          main={
            <>
              {create.error ? <SaveError error={create.error} title="Zoom did not schedule the webinar" /> : null}
              <ScheduleFields mode="create" noun="webinar" />
              <FormSection title="Host and template" description="The host needs a webinar licence. Template settings are applied by Zoom and cannot be shown here.">
                {isAdmin ? (
                  <SelectField label="Schedule for" error={form.formState.errors.scheduleFor?.message} {...form.register("scheduleFor")}>
                    <option value="">Me</option>
                    {(hosts.data?.hosts ?? [])
                      .filter((host) => host.id !== viewerZoomUserId)
                      .map((host) => (
                        <option key={host.id} value={host.id}>
                          {host.name} ({host.email})
                        </option>
                      ))}
                  </SelectField>
                ) : null}
                <SelectField label="Template" {...form.register("templateId")}>
                  <option value="">No template — choose the settings below</option>
                  {(templates.data?.templates ?? []).map((template) => (
                    <option key={template.id} value={template.id}>
                      {template.name}
                    </option>
                  ))}
                  {initialTemplate && !templates.data?.templates.some((t) => t.id === initialTemplate.id) ? <option value={initialTemplate.id}>{initialTemplate.name}</option> : null}
                </SelectField>
              </FormSection>
              {templateId ? (
                <p className="rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-brand-800 dark:border-brand-600/30 dark:bg-brand-600/10 dark:text-brand-100">
                  Zoom applies the template&apos;s settings when it creates the webinar; its API cannot read them, so they are not shown here.
                </p>
              ) : (
                <WebinarSettingsFields />
              )}
            </>
          }
          aside={
            <FormAside
              title="Summary"
              actions={
                <>
                  <Link href="/webinars" className={buttonClass("secondary")}>
                    Cancel
                  </Link>
                  <Button type="submit" disabled={form.formState.isSubmitting}>
                    {form.formState.isSubmitting ? "Scheduling…" : "Schedule webinar"}
                  </Button>
                </>
              }
            >
              <ScheduleSummary noun="webinar" />
              <WriteBudgetNotice userId={scheduleFor || "me"} />
              <RecurrencePreview />
            </FormAside>
          }
        />
      </form>
    </FormProvider>
  );
}
