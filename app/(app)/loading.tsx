/** Shown inside the shell while a page's server data loads. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading…</span>
      <div className="h-7 w-48 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-80 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="mt-6 h-64 rounded-xl bg-slate-200 dark:bg-slate-800" />
    </div>
  );
}
