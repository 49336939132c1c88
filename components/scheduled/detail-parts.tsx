/** Building blocks of the meeting and webinar detail pages. */
import type { ReactNode } from "react";

export function DetailCard({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-5 py-3 dark:border-slate-800">
        <h2 className="text-sm font-semibold text-slate-900 dark:text-white">{title}</h2>
        {actions}
      </div>
      <div className="px-5 py-4">{children}</div>
    </section>
  );
}

export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm max-sm:gap-x-4">
      {items.map(([label, value]) => (
        <div key={label} className="min-w-0 break-words">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
          <dd className="mt-0.5 text-slate-900 dark:text-slate-100">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export const onOff = (value: boolean | undefined, on = "On", off = "Off") => (value ? on : off);

export const approvalLabel = (value: number | undefined) => (value === 0 ? "Required, approved automatically" : value === 1 ? "Required, approved by the host" : "Not required");

export const recordingLabel = (value: string | undefined) => (value === "cloud" ? "In the Zoom cloud" : value === "local" ? "On the host's computer" : "Off");
