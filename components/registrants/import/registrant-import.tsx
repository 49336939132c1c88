"use client";
/**
 * PLACEHOLDER (the agreed contract; replaced by the import UI): "Import CSV" for a meeting's or
 * webinar's registrants — upload, map columns to fields and questions, preview with per-row
 * errors, start the background import and follow its progress.
 */
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { RegistrationSummary } from "@/lib/zoom/types/registrant";

export interface RegistrantImportProps {
  parent: ScheduledRef;
  summary: RegistrationSummary;
}

export function RegistrantImport({ parent }: RegistrantImportProps) {
  return <span data-parent={parent.id} />;
}
