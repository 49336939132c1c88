import type { ReactNode } from "react";
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
