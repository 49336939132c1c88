import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900 dark:text-white">This page does not exist</h1>
      <p className="mt-2 max-w-md text-sm text-slate-600 dark:text-slate-400">The link may be old, or the meeting or page was removed.</p>
      <Link href="/" className={buttonClass("primary", "mt-6")}>
        Back to the dashboard
      </Link>
    </main>
  );
}
