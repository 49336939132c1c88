"use client";

/** Recurring parents where people register per occurrence: whose registrations to show. */
import { SelectField } from "@/components/ui/field";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import type { RegistrationSummary } from "@/lib/zoom/types/registrant";

export function OccurrencePicker({
  occurrences,
  value,
  onChange,
  timeZone,
}: {
  occurrences: RegistrationSummary["parent"]["occurrences"];
  value: string | null;
  onChange: (occurrenceId: string | null) => void;
  timeZone: string | null;
}) {
  const viewerZone = useViewerTimeZone();
  const zone = viewerZone ?? timeZone ?? "UTC";
  return (
    <SelectField
      label="Occurrence"
      className="sm:w-96"
      hint="People register for each occurrence separately; counts and the table follow the one chosen."
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value || null)}
    >
      <option value="">All occurrences</option>
      {occurrences.map((o) => (
        <option key={o.occurrence_id} value={o.occurrence_id}>
          {formatDateTime(o.start_time, zone)}
          {o.status === "deleted" ? " (deleted)" : ""}
        </option>
      ))}
    </SelectField>
  );
}
