import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { WebhookDeliveriesTable } from "@/components/webhooks/webhook-deliveries-table";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { EmptyState } from "@/components/ui/empty-state";
import { getViewer } from "@/lib/auth/viewer";
import { webhookSettingsFor } from "@/lib/services/webhooks";

export const metadata: Metadata = { title: "Webhooks · Settings" };

const secretText = {
  configured: { tone: "success", label: "Set", help: "From ZOOM_WEBHOOK_SECRET_TOKEN. Every delivery is checked against it." },
  generated: { tone: "success", label: "Generated", help: "Demo mode: generated into the data folder; the built-in Zoom sandbox signs with it." },
  missing: { tone: "danger", label: "Missing", help: "Set ZOOM_WEBHOOK_SECRET_TOKEN to your Zoom app's Secret Token; until then every delivery is refused." },
} as const;

export default async function WebhooksPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  if (viewer.role !== "owner") {
    return <EmptyState title="Only the workspace owner can see the webhook settings">Open dashboards still update by themselves when Zoom reports a change.</EmptyState>;
  }
  const settings = await webhookSettingsFor(viewer);
  const secret = secretText[settings.secret];
  return (
    <section aria-labelledby="webhooks-heading" className="space-y-6">
      <div>
        <h2 id="webhooks-heading" className="mb-1 text-lg font-semibold text-slate-900 dark:text-white">
          Webhooks
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Zoom tells the dashboard when meetings, webinars, registrants or recordings change, and every open dashboard of the workspace updates within seconds.
        </p>
      </div>
      <Card title="Event subscription">
        <dl className="grid gap-4 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium text-slate-700 dark:text-slate-300">Endpoint URL</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <code className="rounded bg-slate-100 px-2 py-1 font-mono text-xs text-slate-900 dark:bg-slate-800 dark:text-slate-100">{settings.endpointUrl}</code>
            <CopyButton text={settings.endpointUrl} label="Copy endpoint URL" />
            <p className="w-full text-xs text-slate-600 dark:text-slate-400">
              Paste it in your Zoom app under Features → Access → Event subscription; Zoom validates it right away.
            </p>
          </dd>
          <dt className="font-medium text-slate-700 dark:text-slate-300">Secret token</dt>
          <dd>
            <Badge tone={secret.tone}>{secret.label}</Badge>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{secret.help}</p>
          </dd>
          <dt className="font-medium text-slate-700 dark:text-slate-300">Events to subscribe</dt>
          <dd>
            <ul className="flex flex-wrap gap-1.5" aria-label="Events to subscribe">
              {settings.events.map((event) => (
                <li key={event} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-200">
                  {event}
                </li>
              ))}
            </ul>
          </dd>
        </dl>
      </Card>
      <Card title="Last deliveries">
        <WebhookDeliveriesTable deliveries={settings.deliveries} />
      </Card>
    </section>
  );
}
