import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger" | "live";

const tones: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700",
  brand: "bg-brand-50 text-brand-800 ring-brand-100 dark:bg-brand-600/15 dark:text-brand-100 dark:ring-brand-600/30",
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-500/15 dark:text-emerald-200 dark:ring-emerald-500/30",
  warning: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-500/15 dark:text-amber-200 dark:ring-amber-500/30",
  danger: "bg-red-50 text-red-800 ring-red-200 dark:bg-red-500/15 dark:text-red-200 dark:ring-red-500/30",
  live: "bg-red-600 text-white ring-red-600",
};

/** A small status pill. `live` pulses a dot, for meetings in progress. */
export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span data-badge="" className={cn("inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", tones[tone], className)}>
      {tone === "live" ? <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-white" aria-hidden="true" /> : null}
      {children}
    </span>
  );
}
