import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";

/** A long form on the left, a sticky summary with the actions on the right (below on small screens). */
export function FormLayout({ main, aside }: { main: ReactNode; aside: ReactNode }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">{main}</div>
      <aside className="lg:sticky lg:top-20 lg:self-start">{aside}</aside>
    </div>
  );
}

export function FormAside({ title, children, actions }: { title: string; children?: ReactNode; actions: ReactNode }) {
  return (
    <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h2 className="text-sm font-semibold text-slate-900 dark:text-white">{title}</h2>
      {children}
      <div className="flex justify-end gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">{actions}</div>
    </div>
  );
}

/** Cancel (back to `cancelHref`) and submit, which says `busyLabel` and is disabled while submitting. */
export function FormActions({ cancelHref, submitting, label, busyLabel }: { cancelHref: string; submitting: boolean; label: string; busyLabel: string }) {
  return (
    <>
      <Link href={cancelHref} className={buttonClass("secondary")}>
        Cancel
      </Link>
      <Button type="submit" disabled={submitting}>
        {submitting ? busyLabel : label}
      </Button>
    </>
  );
}

/** A quiet note at the top of an edit form: what this edit will and will not change. */
export function FormNote({ children }: { children: ReactNode }) {
  return <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">{children}</p>;
}

export function FormSkeleton() {
  return (
    <div role="status" aria-label="Loading the form" className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-5 rounded-xl border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="space-y-2">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-9 w-full" />
          </div>
        ))}
      </div>
      <Skeleton className="h-48 w-full" />
    </div>
  );
}
