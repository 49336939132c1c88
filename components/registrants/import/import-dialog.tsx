"use client";
/**
 * The CSV import wizard: file → columns → preview → progress. Everything chosen stays while the
 * dialog is closed and reopened, and when the start is refused (the message shows on the preview
 * step); only a started import clears it on close, since the job then carries on without it.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { JobProgress } from "@/components/jobs/job-progress";
import { guessMapping, mappingProblems, targetOptions, type ImportTarget } from "@/components/registrants/import/column-mapping";
import { FileStep } from "@/components/registrants/import/file-step";
import { ImportSteps, type ImportStep } from "@/components/registrants/import/import-steps";
import { MappingStep } from "@/components/registrants/import/mapping-step";
import { previewRows } from "@/components/registrants/import/import-rows";
import type { ParsedCsv } from "@/components/registrants/import/parse-csv";
import { PreviewStep, type ImportChoices } from "@/components/registrants/import/preview-step";
import { useStartImportFrom } from "@/components/registrants/import/use-start-import";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { registrantKeys } from "@/lib/queries/registrants";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { RegistrationSummary } from "@/lib/zoom/types/registrant";

interface Started {
  jobId: string;
  rowNumbers: number[];
}

export function ImportDialog({ open, onClose, parent, summary }: { open: boolean; onClose: () => void; parent: ScheduledRef; summary: RegistrationSummary }) {
  const queryClient = useQueryClient();
  const options = useMemo(() => targetOptions(summary.questions), [summary.questions]);
  const [step, setStep] = useState<ImportStep>("file");
  const [file, setFile] = useState<{ name: string; csv: ParsedCsv } | null>(null);
  const [mapping, setMapping] = useState<ImportTarget[]>([]);
  const [choices, setChoices] = useState<ImportChoices>({ onlyValid: false, autoApprove: false, occurrenceIds: [] });
  const [started, setStarted] = useState<Started | null>(null);
  const [finished, setFinished] = useState(false);
  const start = useStartImportFrom(parent);
  const preview = useMemo(() => (file && step !== "file" && step !== "map" ? previewRows(file.csv.rows, mapping, summary.questions) : null), [file, mapping, step, summary.questions]);
  const problems = mappingProblems(mapping, options);

  const reset = () => {
    setStep("file");
    setFile(null);
    setMapping([]);
    setChoices({ onlyValid: false, autoApprove: false, occurrenceIds: [] });
    setStarted(null);
    setFinished(false);
    start.reset();
  };
  const close = () => {
    if (started) reset();
    onClose();
  };
  const chooseFile = (name: string, csv: ParsedCsv) => {
    setFile({ name, csv });
    setMapping(guessMapping(csv.headers, options));
    setStep("map");
  };
  const submit = () => {
    if (!preview || !file) return;
    start.run(preview, file.name, choices, (jobId, rowNumbers) => {
      setStarted({ jobId, rowNumbers });
      setStep("progress");
    });
  };
  const importable = preview ? preview.valid : 0;
  const blocked = !preview || importable === 0 || (preview.invalid > 0 && !choices.onlyValid) || start.isPending;

  return (
    <Dialog
      open={open}
      onClose={close}
      busy={start.isPending}
      closeOnBackdrop={false}
      size="lg"
      title="Import registrants from a CSV file"
      description={<ImportSteps current={step} />}
      footer={
        step === "file" ? (
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
        ) : step === "map" ? (
          <>
            <Button variant="secondary" onClick={() => setStep("file")}>
              Back
            </Button>
            <Button disabled={problems.length > 0} onClick={() => setStep("preview")}>
              Preview {file?.csv.rows.length.toLocaleString("en-US")} rows
            </Button>
          </>
        ) : step === "preview" ? (
          <>
            <Button variant="secondary" onClick={() => setStep("map")} disabled={start.isPending}>
              Back
            </Button>
            <Button onClick={submit} disabled={blocked} aria-busy={start.isPending}>
              {start.isPending ? "Starting…" : `Import ${importable.toLocaleString("en-US")} ${importable === 1 ? "registrant" : "registrants"}`}
            </Button>
          </>
        ) : (
          <>
            {finished ? (
              <Button variant="secondary" onClick={reset}>
                Import another file
              </Button>
            ) : null}
            <Button onClick={close}>Close</Button>
          </>
        )
      }
    >
      {step === "file" ? <FileStep options={options} fileName={file?.name ?? null} onParsed={chooseFile} /> : null}
      {step === "map" && file ? <MappingStep csv={file.csv} fileName={file.name} mapping={mapping} options={options} problems={problems} onChange={setMapping} /> : null}
      {step === "preview" && preview ? <PreviewStep preview={preview} summary={summary} choices={choices} onChoices={setChoices} error={start.error} /> : null}
      {step === "progress" && started ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-600 dark:text-slate-400">You can close this window: the import carries on, and the registrants tab shows its progress.</p>
          <JobProgress
            jobId={started.jobId}
            items="failed"
            rowNumbers={started.rowNumbers}
            onFinished={() => {
              setFinished(true);
              void queryClient.invalidateQueries({ queryKey: registrantKeys.parent(parent) });
            }}
          />
        </div>
      ) : null}
    </Dialog>
  );
}
