"use client";

import type { Preview } from "@/components/registrants/import/import-rows";
import type { ImportChoices } from "@/components/registrants/import/preview-step";
import { CheckboxField, FieldGroup } from "@/components/ui/field";
import type { RegistrationSummary } from "@/lib/zoom/types/registrant";

const fmt = (n: number) => n.toLocaleString("en-US");

/** The import's choices under the preview: skip invalid rows, approve at once, which occurrences. */
export function ImportOptions({ preview, summary, choices, onChoices }: { preview: Preview; summary: RegistrationSummary; choices: ImportChoices; onChoices: (c: ImportChoices) => void }) {
  const { parent } = summary;
  const perOccurrence = parent.recurring && (parent.registrationType === 2 || parent.registrationType === 3) && parent.occurrences.length > 0;
  const when = (iso: string) => new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: parent.timezone ?? undefined });
  const toggleOccurrence = (id: string, on: boolean) =>
    onChoices({ ...choices, occurrenceIds: on ? [...choices.occurrenceIds, id] : choices.occurrenceIds.filter((other) => other !== id) });
  if (!preview.invalid && parent.approvalType !== 1 && !perOccurrence) return null;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900/60">
      {preview.invalid ? (
        <CheckboxField
          label={`Import only the ${fmt(preview.valid)} valid rows`}
          description={`The ${fmt(preview.invalid)} rows with errors are left out; fix them in the file and import it again later (rows already registered are skipped).`}
          checked={choices.onlyValid}
          disabled={!preview.valid}
          onChange={(event) => onChoices({ ...choices, onlyValid: event.target.checked })}
        />
      ) : null}
      {parent.approvalType === 1 ? (
        <CheckboxField
          label="Approve them at once"
          description="This registration needs manual approval. Without this, the imported people wait under Pending and get their join link once approved."
          checked={choices.autoApprove}
          onChange={(event) => onChoices({ ...choices, autoApprove: event.target.checked })}
        />
      ) : null}
      {perOccurrence ? (
        <FieldGroup legend="Register them for" hint="None chosen: every occurrence.">
          <div className="grid gap-1.5 sm:grid-cols-2">
            {parent.occurrences.map((occurrence) => (
              <CheckboxField
                key={occurrence.occurrence_id}
                label={when(occurrence.start_time)}
                checked={choices.occurrenceIds.includes(occurrence.occurrence_id)}
                onChange={(event) => toggleOccurrence(occurrence.occurrence_id, event.target.checked)}
              />
            ))}
          </div>
        </FieldGroup>
      ) : null}
    </div>
  );
}
