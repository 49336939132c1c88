import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** A titled panel; with a title it is a named region (landmark), so assistive tech and tests can find it by name. */
export function Card({ title, children, className, actions }: { title?: ReactNode; children: ReactNode; className?: string; actions?: ReactNode }) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={title ? headingId : undefined}
      className={cn("rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900", className)}
    >
      {title ? (
        <div className="mb-4 flex items-center justify-between gap-2">
          <h2 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
            {title}
          </h2>
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  );
}
