"use client";

/**
 * The meeting settings part of the form: security, joining, video, recording, registration and
 * alternative hosts — the options a host sets most in Zoom's own scheduler.
 */
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { FormSection } from "@/components/meetings/form-section";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import type { MeetingInput } from "@/lib/schemas/meeting";

export function MeetingSettingsFields() {
  const { register, control, formState } = useFormContext<MeetingInput>();
  const errors = formState.errors.settings;
  const [joinBeforeHost, approvalType, recurrence] = useWatch({ control, name: ["settings.joinBeforeHost", "settings.approvalType", "recurrence"] });

  return (
    <>
      <FormSection title="Security" description="Who gets in, and how.">
        <TextField
          label="Passcode"
          autoComplete="off"
          maxLength={10}
          error={formState.errors.passcode?.message}
          hint="Up to 10 characters. Leave empty and Zoom generates one if your account requires it."
          {...register("passcode")}
        />
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
        <SelectField label="Record automatically" className="sm:w-64" {...register("settings.autoRecording")}>
          <option value="none">Don&apos;t record</option>
          <option value="local">On the host&apos;s computer</option>
          <option value="cloud">In the Zoom cloud</option>
        </SelectField>
      </FormSection>

      <FormSection title="Registration" description="Ask attendees to register before they get the join link.">
        <SelectField label="Registration" className="sm:w-80" error={errors?.approvalType?.message} {...register("settings.approvalType", { setValueAs: Number })}>
          <option value={2}>No registration</option>
          <option value={0}>Required, approved automatically</option>
          <option value={1}>Required, approved by the host</option>
        </SelectField>
        {approvalType !== 2 && recurrence ? (
          <SelectField label="Attendees register" className="sm:w-96" error={errors?.registrationType?.message} {...register("settings.registrationType", { setValueAs: Number })}>
            <option value={1}>Once, and can attend any occurrence</option>
            <option value={2}>Separately for each occurrence</option>
            <option value={3}>Once, choosing the occurrences they attend</option>
          </SelectField>
        ) : null}
      </FormSection>

      <FormSection title="Alternative hosts" description="They can start the meeting in the host's place.">
        <Controller
          control={control}
          name="settings.alternativeHosts"
          render={({ field, fieldState }) => (
            <TextField
              label="Alternative hosts"
              placeholder="ana@example.com, lee@example.com"
              hint="Email addresses of licensed users in this account, separated by commas."
              error={fieldState.error?.message ?? (Array.isArray(errors?.alternativeHosts) ? errors.alternativeHosts.find(Boolean)?.message : undefined)}
              defaultValue={field.value.join(", ")}
              onBlur={field.onBlur}
              onChange={(event) =>
                field.onChange(
                  event.target.value
                    .split(/[,;\s]+/)
                    .map((value) => value.trim())
                    .filter(Boolean),
                )
              }
              name={field.name}
              ref={field.ref}
            />
          )}
        />
      </FormSection>
    </>
  );
}
