"use client";

/**
 * Topic, agenda and when — shared by the meeting and webinar forms. In "occurrence" mode only the
 * time and length show: that is all Zoom changes for a single occurrence.
 */
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { FormSection } from "@/components/scheduled/form-section";
import { TimeZoneSelect } from "@/components/scheduled/time-zone-select";
import { RecurrenceEditor } from "@/components/recurrence/recurrence-editor";
import { TextAreaField, TextField } from "@/components/ui/field";
import { formatDuration } from "@/components/ui/time";
import type { ScheduledInput, ScheduledKind } from "@/lib/schemas/scheduled";

type ScheduledValues = Pick<ScheduledInput, "topic" | "agenda" | "startDate" | "startTime" | "timezone" | "duration" | "recurrence">;

export function ScheduledFields({ mode, noun }: { mode: "create" | "series" | "occurrence"; noun: ScheduledKind }) {
  const { register, formState, control } = useFormContext<ScheduledValues>();
  const errors = formState.errors;
  const duration = useWatch({ control, name: "duration" });
  return (
    <>
      {mode !== "occurrence" ? (
        <FormSection title="Basics">
          <TextField label="Topic" required maxLength={200} error={errors.topic?.message} {...register("topic")} />
          <TextAreaField label="Agenda" maxLength={2000} error={errors.agenda?.message} hint="Shown to participants in the invitation." {...register("agenda")} />
        </FormSection>
      ) : null}
      <FormSection title="When" description={mode === "occurrence" ? "Only this occurrence moves; the rest of the series stays as it is." : `Times are kept in the ${noun}'s own time zone.`}>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Date" type="date" required error={errors.startDate?.message} {...register("startDate")} />
          <TextField label="Start time" type="time" required error={errors.startTime?.message} {...register("startTime")} />
        </div>
        <Controller
          control={control}
          name="timezone"
          render={({ field: { value, onChange, onBlur, name, ref } }) => <TimeZoneSelect value={value} onChange={onChange} onBlur={onBlur} name={name} ref={ref} error={errors.timezone?.message} />}
        />
        <TextField
          label="Duration (minutes)"
          type="number"
          min={1}
          max={1440}
          inputMode="numeric"
          className="sm:w-48"
          error={errors.duration?.message}
          hint={Number.isFinite(duration) && duration > 0 ? formatDuration(duration) : "1 to 1,440"}
          {...register("duration", { valueAsNumber: true })}
        />
      </FormSection>
      {mode !== "occurrence" ? (
        <FormSection title="Recurrence">
          <RecurrenceEditor noun={noun} />
        </FormSection>
      ) : null}
    </>
  );
}
