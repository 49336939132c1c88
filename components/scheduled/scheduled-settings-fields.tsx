"use client";

/**
 * Settings fields that meetings and webinars both have, worded the same: passcode, registration,
 * automatic recording and alternative hosts. Each form places them in its own sections and hints.
 */
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { SelectField, TextField } from "@/components/ui/field";
import { userQueries } from "@/lib/queries/users";
import type { RecurrenceInput } from "@/lib/schemas/recurrence";
import type { SharedSettingsInput } from "@/lib/schemas/scheduled";

interface SharedValues {
  passcode: string;
  recurrence: RecurrenceInput | null;
  settings: SharedSettingsInput;
}

export function PasscodeField({ hint }: { hint: string }) {
  const { register, formState } = useFormContext<SharedValues>();
  return <TextField label="Passcode" autoComplete="off" maxLength={10} error={formState.errors.passcode?.message} hint={hint} {...register("passcode")} />;
}

/** Approval, and — for a series that takes registrations — how attendees register for its occurrences. */
export function RegistrationFields() {
  const { register, control, formState } = useFormContext<SharedValues>();
  const errors = formState.errors.settings;
  const [approvalType, recurrence] = useWatch({ control, name: ["settings.approvalType", "recurrence"] });
  return (
    <>
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
    </>
  );
}

export function AutoRecordingField() {
  const { register } = useFormContext<SharedValues>();
  return (
    <SelectField label="Record automatically" className="sm:w-64" {...register("settings.autoRecording")}>
      <option value="none">Don&apos;t record</option>
      <option value="local">On the host&apos;s computer</option>
      <option value="cloud">In the Zoom cloud</option>
    </SelectField>
  );
}

/**
 * Typed as one comma-separated line, held as a list (Zoom wants them `;`-joined; the body does that).
 * Admins also get a picker of the account's users; the forms check the list against the account
 * before saving (alternative-hosts.ts), and Zoom's own refusal lands here too (server-errors.ts).
 */
export function AlternativeHostsField({ hint, isAdmin }: { hint: string; isAdmin: boolean }) {
  const { control } = useFormContext<SharedValues>();
  const {
    field: { value, onChange, onBlur, name, ref },
    fieldState,
  } = useController({ control, name: "settings.alternativeHosts" });
  const [text, setText] = useState(() => value.join(", "));
  const hosts = useQuery({ ...userQueries.hosts(), enabled: isAdmin });
  const error = fieldState.error?.message ?? (Array.isArray(fieldState.error) ? fieldState.error.find(Boolean)?.message : undefined);
  const chosen = new Set(value.map((entry) => entry.toLowerCase()));
  const addable = (hosts.data?.hosts ?? []).filter((host) => !chosen.has(host.email.toLowerCase()) && !chosen.has(host.id.toLowerCase()));

  const change = (next: string) => {
    setText(next);
    onChange(
      next
        .split(/[,;\s]+/)
        .map((entry) => entry.trim())
        .filter(Boolean),
    );
  };

  return (
    <>
      <TextField label="Alternative hosts" placeholder="ana@example.com, lee@example.com" hint={hint} error={error} value={text} onChange={(event) => change(event.target.value)} onBlur={onBlur} name={name} ref={ref} />
      {isAdmin && hosts.data ? (
        <SelectField
          label="Add a user of this account"
          className="sm:w-96"
          value=""
          onChange={(event) => {
            if (event.target.value) change([...value, event.target.value].join(", "));
          }}
        >
          <option value="">Choose someone…</option>
          {addable.map((host) => (
            <option key={host.id} value={host.email}>
              {host.name} ({host.email})
            </option>
          ))}
        </SelectField>
      ) : null}
    </>
  );
}
