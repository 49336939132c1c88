"use client";

/** Webinar settings: registration and approval, panelists, practice session, video, Q&A, recording, alternative hosts. */
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { FormSection } from "@/components/meetings/form-section";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import type { WebinarInput } from "@/lib/schemas/webinar";

export function WebinarSettingsFields() {
  const { register, control, formState } = useFormContext<WebinarInput>();
  const errors = formState.errors.settings;
  const [approvalType, recurrence] = useWatch({ control, name: ["settings.approvalType", "recurrence"] });
  return (
    <>
      <FormSection title="Security">
        <TextField label="Passcode" autoComplete="off" maxLength={10} error={formState.errors.passcode?.message} hint="Up to 10 characters. Leave empty to let Zoom decide." {...register("passcode")} />
      </FormSection>
      <FormSection title="Registration" description="Attendees register to get their own join link.">
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
        {approvalType !== 2 ? (
          <TextField
            label="Registration limit"
            type="number"
            min={0}
            max={20000}
            className="sm:w-48"
            error={errors?.registrantsRestrictNumber?.message}
            hint="0 means no limit."
            {...register("settings.registrantsRestrictNumber", { valueAsNumber: true })}
          />
        ) : null}
      </FormSection>
      <FormSection title="Panelists" description="Speakers who present; attendees watch.">
        <CheckboxField label="Practice session" description="Panelists can start early and rehearse before attendees are let in." {...register("settings.practiceSession")} />
        <CheckboxField label="Panelist video on when they join" {...register("settings.panelistsVideo")} />
        <CheckboxField label="Host video on" {...register("settings.hostVideo")} />
        <CheckboxField label="HD video" {...register("settings.hdVideo")} />
      </FormSection>
      <FormSection title="Engagement and recording">
        <CheckboxField label="Q&A" description="Attendees can ask questions in a separate Q&A window." {...register("settings.questionAndAnswer")} />
        <CheckboxField label="On-demand" description="Registrants can watch the recording after the webinar." {...register("settings.onDemand")} />
        <SelectField label="Record automatically" className="sm:w-64" {...register("settings.autoRecording")}>
          <option value="none">Don&apos;t record</option>
          <option value="local">On the host&apos;s computer</option>
          <option value="cloud">In the Zoom cloud</option>
        </SelectField>
      </FormSection>
      <FormSection title="Alternative hosts">
        <Controller
          control={control}
          name="settings.alternativeHosts"
          render={({ field, fieldState }) => (
            <TextField
              label="Alternative hosts"
              placeholder="ana@example.com, lee@example.com"
              hint="Email addresses of users with a webinar licence, separated by commas."
              error={fieldState.error?.message ?? (Array.isArray(errors?.alternativeHosts) ? errors.alternativeHosts.find(Boolean)?.message : undefined)}
              defaultValue={field.value.join(", ")}
              onBlur={field.onBlur}
              onChange={(event) => field.onChange(event.target.value.split(/[,;\s]+/).map((v) => v.trim()).filter(Boolean))}
              name={field.name}
              ref={field.ref}
            />
          )}
        />
      </FormSection>
    </>
  );
}
