"use client";

/**
 * Editing a recurring meeting asks first: one occurrence (Zoom's `occurrence_id`, which moves only
 * that date) or the whole series.
 */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { SelectField } from "@/components/ui/field";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import type { ZoomOccurrence } from "@/lib/zoom/types/meeting";

export function EditScopeDialog({ open, onClose, editPath, occurrences, noun }: { open: boolean; onClose: () => void; editPath: string; occurrences: ZoomOccurrence[]; noun: string }) {
  const router = useRouter();
  const zone = useViewerTimeZone();
  const upcoming = occurrences.filter((o) => o.status !== "deleted");
  const [scope, setScope] = useState<"occurrence" | "series">(upcoming.length ? "occurrence" : "series");
  const [occurrenceId, setOccurrenceId] = useState(upcoming[0]?.occurrence_id ?? "");
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Edit a recurring ${noun}`}
      description="Change one occurrence, or every occurrence of the series?"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => router.push(scope === "series" ? `${editPath}?scope=series` : `${editPath}?occurrence=${occurrenceId}`)} disabled={scope === "occurrence" && !occurrenceId}>
            Continue
          </Button>
        </>
      }
    >
      <fieldset className="space-y-3">
        <legend className="sr-only">What to edit</legend>
        <label className="flex items-start gap-3 text-sm">
          <input type="radio" name="scope" value="occurrence" checked={scope === "occurrence"} disabled={!upcoming.length} onChange={() => setScope("occurrence")} className="mt-1 accent-brand-600" />
          <span>
            <span className="font-medium text-slate-900 dark:text-white">This occurrence</span>
            <span className="block text-slate-500 dark:text-slate-400">Move it or change its length; the rest of the series stays as it is.</span>
          </span>
        </label>
        {scope === "occurrence" && upcoming.length ? (
          <SelectField label="Occurrence" value={occurrenceId} onChange={(event) => setOccurrenceId(event.target.value)} className="pl-7">
            {upcoming.map((o) => (
              <option key={o.occurrence_id} value={o.occurrence_id}>
                {zone ? formatDateTime(o.start_time, zone) : o.start_time}
              </option>
            ))}
          </SelectField>
        ) : null}
        <label className="flex items-start gap-3 text-sm">
          <input type="radio" name="scope" value="series" checked={scope === "series"} onChange={() => setScope("series")} className="mt-1 accent-brand-600" />
          <span>
            <span className="font-medium text-slate-900 dark:text-white">The whole series</span>
            <span className="block text-slate-500 dark:text-slate-400">The title, settings and schedule of every occurrence.</span>
          </span>
        </label>
      </fieldset>
    </Dialog>
  );
}
