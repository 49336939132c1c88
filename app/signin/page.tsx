import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInButton } from "@/components/auth/sign-in-button";
import { signInErrorMessage } from "@/components/auth/sign-in-messages";
import { Icon } from "@/components/shell/icons";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getViewer } from "@/lib/auth/viewer";
import { zoomConfig } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function modeSentence(): string {
  const { mode, oauthBaseUrl } = zoomConfig();
  if (mode === "sandbox") return "Demo mode: you sign in to the built-in Zoom sandbox, with made-up people and meetings. Nothing reaches zoom.us.";
  if (mode === "unconfigured") return "Zoom is not configured on this server yet, so signing in is not possible.";
  const host = new URL(oauthBaseUrl).host;
  return host === "zoom.us" ? "You sign in with your Zoom account at zoom.us; the dashboard only sees what you allow." : `You sign in with Zoom at ${host}.`;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  // Only paths on this dashboard, so the sign-in page cannot be used to bounce people elsewhere.
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const error = signInErrorMessage(typeof params.error === "string" ? params.error : undefined);
  const unconfigured = zoomConfig().mode === "unconfigured";
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="flex items-center gap-3">
          <span className="flex h-10 w-10 items-center justify-center rounded-xl bg-brand-600 text-white">
            <Icon name="zoom" className="h-6 w-6" />
          </span>
          <p className="text-lg font-semibold text-slate-900 dark:text-white">Zoom Workspace</p>
        </div>
        <h1 className="mt-6 text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">Sign in</h1>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Your team&apos;s meetings, webinars, recordings and people in one place. The first person from a Zoom account becomes the
          workspace owner; colleagues from the same account join as members.
        </p>
        {error ? (
          <div role="alert" className="mt-6 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
            {error}
          </div>
        ) : null}
        <div className="mt-6">{unconfigured ? null : <SignInButton callbackUrl={callbackUrl} className="w-full py-2.5" />}</div>
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">{modeSentence()}</p>
      </div>
    </main>
  );
}
