"use client";

/** Schedule a meeting (the flow: components/scheduled/scheduled-add-form.tsx) with meeting settings and templates. */
import { useForm } from "react-hook-form";
import { FormSkeleton } from "@/components/scheduled/form-layout";
import { MeetingSettingsFields } from "@/components/meetings/meeting-settings-fields";
import { ScheduledAddForm, type ScheduledAddFormProps, type ScheduledAddKind } from "@/components/scheduled/scheduled-add-form";
import { useBrowserTimeZone } from "@/components/ui/time";
import { newScheduleDefaults } from "@/components/scheduled/defaults";
import { useCreateMeeting } from "@/lib/queries/meetings";
import { lazyResolver } from "@/components/scheduled/lazy-resolver";
import type { MeetingInput } from "@/lib/schemas/meeting";

export type MeetingAddFormProps = ScheduledAddFormProps;

const MEETING_ADD: ScheduledAddKind = {
  noun: "meeting",
  basePath: "/meetings",
  title: "Meeting",
  hostTemplateDescription: "A template's settings are applied by Zoom when the meeting is created.",
  settingLabels: {
    waitingRoom: "Waiting room",
    joinBeforeHost: "Join before the host",
    jbhTime: "How early they can join",
    muteUponEntry: "Mute on entry",
    hostVideo: "Host video",
    participantVideo: "Participant video",
    autoRecording: "Automatic recording",
    approvalType: "Registration",
    registrationType: "How attendees register",
    alternativeHosts: "Alternative hosts",
  },
  scheduleForHint: "Admins can schedule on behalf of anyone in the account.",
  keepInitialHostOption: true,
  templateError: true,
};

const resolver = lazyResolver<MeetingInput>(() =>
  Promise.all([import("@hookform/resolvers/zod"), import("@/lib/schemas/meeting")]).then(([{ zodResolver }, { meetingCreateSchema }]) => zodResolver(meetingCreateSchema)),
);

export function MeetingAddForm(props: MeetingAddFormProps) {
  const zone = useBrowserTimeZone();
  // The default start is the next half hour by the browser's clock in its zone: known only in the browser.
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

function MeetingAddFormReady({ zone, ...props }: MeetingAddFormProps & { zone: string }) {
  const form = useForm<MeetingInput>({ resolver, defaultValues: meetingDefaults(zone, props) });
  const create = useCreateMeeting();
  return <ScheduledAddForm kind={MEETING_ADD} form={form} create={create} settingsFields={<MeetingSettingsFields isAdmin={props.isAdmin} />} {...props} />;
}
