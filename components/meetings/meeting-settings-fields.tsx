"use client";

/**
 * The meeting settings part of the form: security, joining, video, recording, registration and
 * alternative hosts — the options a host sets most in Zoom's own scheduler. Fields webinars share
 * are in components/scheduled/scheduled-settings-fields.tsx.
 */
import { useFormContext, useWatch } from "react-hook-form";
import { FormSection } from "@/components/scheduled/form-section";
import { AlternativeHostsField, AutoRecordingField, PasscodeField, RegistrationFields } from "@/components/scheduled/scheduled-settings-fields";
import { CheckboxField, SelectField } from "@/components/ui/field";
import type { MeetingInput } from "@/lib/schemas/meeting";

/** `isAdmin`: the alternative hosts field also offers the account's users and checks against them. */
export function MeetingSettingsFields({ isAdmin }: { isAdmin: boolean }) {
  const { register, control } = useFormContext<MeetingInput>();
  const joinBeforeHost = useWatch({ control, name: "settings.joinBeforeHost" });

  return (
    <>
      <FormSection title="Security" description="Who gets in, and how.">
        <PasscodeField hint="Up to 10 characters. Leave empty and Zoom generates one if your account requires it." />
        <CheckboxField label="Waiting room" description="Participants wait until the host admits them." {...register("settings.waitingRoom")} />
      </FormSection>

      <FormSection title="Joining" description="What happens when people arrive.">
        <CheckboxField label="Allow participants to join before the host" {...register("settings.joinBeforeHost")} />
        {joinBeforeHost ? (
          <SelectField label="How early can they join?" className="sm:w-64" {...register("settings.jbhTime", { setValueAs: Number })}>
            <option value={0}>Any time</option>
            <option value={5}>5 minutes before the start</option>
            <option value={10}>10 minutes before the start</option>
            <option value={15}>15 minutes before the start</option>
          </SelectField>
        ) : null}
        <CheckboxField label="Mute participants on entry" {...register("settings.muteUponEntry")} />
      </FormSection>

      <FormSection title="Video" description="Cameras when the meeting starts; anyone can change theirs later.">
        <CheckboxField label="Host video on" {...register("settings.hostVideo")} />
        <CheckboxField label="Participant video on" {...register("settings.participantVideo")} />
      </FormSection>

      <FormSection title="Recording">
        <AutoRecordingField />
      </FormSection>

      <FormSection title="Registration" description="Ask attendees to register before they get the join link.">
        <RegistrationFields />
      </FormSection>

      <FormSection title="Alternative hosts" description="They can start the meeting in the host's place.">
        <AlternativeHostsField isAdmin={isAdmin} hint="Email addresses of licensed users in this account, separated by commas." />
      </FormSection>
    </>
  );
}
