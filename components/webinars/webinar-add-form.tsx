"use client";

/** Schedule a webinar (the flow: components/scheduled/scheduled-add-form.tsx) with webinar settings and templates. */
import { useForm } from "react-hook-form";
import { newScheduleDefaults } from "@/components/scheduled/defaults";
import { FormSkeleton } from "@/components/scheduled/form-layout";
import { ScheduledAddForm, type ScheduledAddFormProps, type ScheduledAddKind } from "@/components/scheduled/scheduled-add-form";
import { WebinarSettingsFields } from "@/components/webinars/webinar-settings-fields";
import { useBrowserTimeZone } from "@/components/ui/time";
import { useCreateWebinar } from "@/lib/queries/webinars";
import { lazyResolver } from "@/components/scheduled/lazy-resolver";
import type { WebinarInput } from "@/lib/schemas/webinar";

const WEBINAR_ADD: ScheduledAddKind = {
  noun: "webinar",
  basePath: "/webinars",
  title: "Webinar",
  hostTemplateDescription: "The host needs a webinar licence. A template's settings are applied by Zoom when the webinar is created.",
  settingLabels: {
    hostVideo: "Host video",
    panelistsVideo: "Panelist video",
    practiceSession: "Practice session",
    hdVideo: "HD video",
    questionAndAnswer: "Q&A",
    onDemand: "On-demand",
    autoRecording: "Automatic recording",
    approvalType: "Registration",
    registrationType: "How attendees register",
    registrantsRestrictNumber: "Registration limit",
    alternativeHosts: "Alternative hosts",
  },
};

const resolver = lazyResolver<WebinarInput>(() =>
  Promise.all([import("@hookform/resolvers/zod"), import("@/lib/schemas/webinar")]).then(([{ zodResolver }, { webinarCreateSchema }]) => zodResolver(webinarCreateSchema)),
);

export function WebinarAddForm(props: ScheduledAddFormProps) {
  const zone = useBrowserTimeZone();
  if (!zone) return <FormSkeleton />;
  return <Ready {...props} zone={zone} />;
}

function webinarDefaults(zone: string, { initialHost, initialTemplate }: ScheduledAddFormProps): WebinarInput {
  return {
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
  };
}

function Ready({ zone, ...props }: ScheduledAddFormProps & { zone: string }) {
  const form = useForm<WebinarInput>({ resolver, defaultValues: webinarDefaults(zone, props) });
  const create = useCreateWebinar();
  return <ScheduledAddForm kind={WEBINAR_ADD} form={form} create={create} settingsFields={<WebinarSettingsFields isAdmin={props.isAdmin} />} {...props} />;
}
