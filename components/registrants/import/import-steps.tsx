import { cn } from "@/components/ui/cn";

export type ImportStep = "file" | "map" | "preview" | "progress";

const STEPS: { step: ImportStep; label: string }[] = [
  { step: "file", label: "Choose a file" },
  { step: "map", label: "Match columns" },
  { step: "preview", label: "Check rows" },
  { step: "progress", label: "Import" },
];

/** Where the wizard is: a numbered list, the current step marked for assistive tech too. */
export function ImportSteps({ current }: { current: ImportStep }) {
  const at = STEPS.findIndex((s) => s.step === current);
  return (
    <ol aria-label="Import steps" className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
      {STEPS.map(({ step, label }, i) => (
        <li key={step} aria-current={i === at ? "step" : undefined} className="flex items-center gap-2">
          <span
            className={cn(
              "flex h-5 w-5 items-center justify-center rounded-full text-[11px] font-semibold",
              i < at && "bg-emerald-600 text-white",
              i === at && "bg-brand-600 text-white",
              i > at && "bg-slate-200 text-slate-700 dark:bg-slate-700 dark:text-slate-200",
            )}
            aria-hidden="true"
          >
            {i < at ? "✓" : i + 1}
          </span>
          <span className={cn(i === at ? "font-semibold text-slate-900 dark:text-white" : "text-slate-600 dark:text-slate-400")}>{label}</span>
          {i < STEPS.length - 1 ? <span className="h-px w-5 bg-slate-300 dark:bg-slate-700" aria-hidden="true" /> : null}
        </li>
      ))}
    </ol>
  );
}
