"use client";

/**
 * Webinar settings: registration and approval, panelists, practice session, video, Q&A, recording,
 * alternative hosts. Fields meetings share are in components/scheduled/scheduled-settings-fields.tsx.
 */
import { useFormContext, useWatch } from "react-hook-form";
import { FormSection } from "@/components/scheduled/form-section";
import { AlternativeHostsField, AutoRecordingField, PasscodeField, RegistrationFields } from "@/components/scheduled/scheduled-settings-fields";
import { CheckboxField, TextField } from "@/components/ui/field";
import type { WebinarInput } from "@/lib/schemas/webinar";

/** `isAdmin`: the alternative hosts field also offers the account's users and checks against them. */
export function WebinarSettingsFields({ isAdmin }: { isAdmin: boolean }) {
  const { register, control, formState } = useFormContext<WebinarInput>();
  const errors = formState.errors.settings;
  const approvalType = useWatch({ control, name: "settings.approvalType" });
  return (
    <>
      <FormSection title="Security">
        <PasscodeField hint="Up to 10 characters. Leave empty to let Zoom decide." />
      </FormSection>
      <FormSection title="Registration" description="Attendees register to get their own join link.">
        <RegistrationFields />
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
        <AutoRecordingField />
      </FormSection>
      <FormSection title="Alternative hosts">
        <AlternativeHostsField isAdmin={isAdmin} hint="Email addresses of users with a webinar licence, separated by commas." />
      </FormSection>
    </>
  );
}
