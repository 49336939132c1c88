"use client";
/**
 * "Import CSV" for a meeting's or webinar's registrants: upload, map columns to fields and
 * questions, preview every row with its errors, then import as a background job and follow it.
 */
import { lazy, Suspense, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { RegistrationSummary } from "@/lib/zoom/types/registrant";

// The wizard, papaparse and the registrant schema (zod) load with the first click: the tab does not need them to paint.
const ImportDialog = lazy(() => import("@/components/registrants/import/import-dialog").then((module) => ({ default: module.ImportDialog })));

export interface RegistrantImportProps {
  parent: ScheduledRef;
  summary: RegistrationSummary;
}

export function RegistrantImport({ parent, summary }: RegistrantImportProps) {
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so a closed wizard keeps the file and mapping until it is reopened.
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        disabled={!summary.enabled}
        title={summary.enabled ? undefined : `Turn on registration for this ${parent.kind} to import registrants.`}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        Import CSV
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <ImportDialog open={open} onClose={() => setOpen(false)} parent={parent} summary={summary} />
        </Suspense>
      ) : null}
    </>
  );
}
