/** Why Mail cannot be used with this connection, and exactly what fixes it — instead of an error. */
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { MAIL_PREREQUISITES } from "@/lib/schemas/mail-scopes";

export function MailUnavailable({ reason, detail }: { reason: "scopes" | "mailbox" | "connection"; detail: string }) {
  const title = reason === "scopes" ? "Your Zoom connection has no Mail access" : reason === "mailbox" ? "Zoom has no mailbox for you" : "Mail needs your Zoom connection";
  return (
    <section aria-labelledby="mail-unavailable" className="rounded-xl border border-amber-300 bg-amber-50 p-6 dark:border-amber-700 dark:bg-amber-950/40">
      <h2 id="mail-unavailable" className="text-base font-semibold text-amber-950 dark:text-amber-100">
        {title}
      </h2>
      <p className="mt-2 text-sm text-amber-950 dark:text-amber-100">{detail}</p>
      {reason === "scopes" ? (
        <p className="mt-3 text-sm font-medium text-amber-950 dark:text-amber-100">To fix it:</p>
      ) : null}
      {reason === "scopes" ? (
        <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm text-amber-950 dark:text-amber-100">
          <li>In the Zoom App Marketplace, the dashboard&apos;s OAuth app lists “mail:read” and “mail:write” under Scopes.</li>
          <li>You reconnect: Settings → Connections → “Reconnect with Zoom”, and approve the Mail scopes on Zoom&apos;s page.</li>
          <li>{MAIL_PREREQUISITES}</li>
        </ol>
      ) : null}
      <Link href="/settings/connections" className={buttonClass("primary", "mt-4")}>
        Open Settings → Connections
      </Link>
    </section>
  );
}
