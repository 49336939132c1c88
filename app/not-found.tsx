import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900 dark:text-white">This page does not exist</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">The link may be old, or the meeting or page was removed.</p>
      {/* A plain link: this page sits in the root layout's tree, so next/link here put a second copy of its client code in every page's first load. */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above; a full load is fine after a 404 */}
      <a href="/" className={buttonClass("primary", "mt-6")}>
        Back to the dashboard
      </a>
    </main>
  );
}
