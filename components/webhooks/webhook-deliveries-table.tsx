"use client";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatDateTime, useViewerTimeZone } from "@/components/ui/time";
import type { WebhookDelivery } from "@/lib/services/webhooks";

const outcomes: Record<string, { label: string; tone: BadgeTone }> = {
  accepted: { label: "Accepted", tone: "success" },
  duplicate: { label: "Duplicate (Zoom retry)", tone: "neutral" },
  bad_signature: { label: "Bad signature", tone: "danger" },
  stale: { label: "Stale timestamp", tone: "warning" },
  malformed: { label: "Not a Zoom event", tone: "danger" },
  not_configured: { label: "No secret token", tone: "warning" },
};

/** The latest deliveries to the endpoint, newest first, with what the dashboard made of each. */
export function WebhookDeliveriesTable({ deliveries }: { deliveries: WebhookDelivery[] }) {
  const zone = useViewerTimeZone();
  if (deliveries.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No deliveries yet. Zoom sends one as soon as something changes in your account.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Latest webhook deliveries, newest first</caption>
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Received</th>
            <th scope="col" className="py-2 pr-4 font-medium">Event</th>
            <th scope="col" className="py-2 pr-4 font-medium">Object</th>
            <th scope="col" className="py-2 pr-4 font-medium">Signature</th>
            <th scope="col" className="py-2 font-medium">Result</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {deliveries.map((d) => {
            const outcome = outcomes[d.outcome] ?? { label: d.outcome, tone: "neutral" as const };
            return (
              <tr key={d.id}>
                <td className="whitespace-nowrap py-2 pr-4 text-slate-600 dark:text-slate-300">
                  <time dateTime={d.receivedAt}>{zone ? formatDateTime(d.receivedAt, zone) : d.receivedAt.slice(0, 16).replace("T", " ")}</time>
                </td>
                <td className="py-2 pr-4 font-mono text-xs text-slate-900 dark:text-slate-100">{d.event || "—"}</td>
                <td className="py-2 pr-4 text-slate-600 dark:text-slate-300">
                  {d.objectId ?? "—"}
                  {d.outcome === "accepted" && !d.matched && d.event !== "endpoint.url_validation" ? (
                    <span className="ml-2 text-xs text-amber-800 dark:text-amber-200">(no workspace for this Zoom account)</span>
                  ) : null}
                </td>
                <td className="py-2 pr-4">{d.verified ? <Badge tone="success">Verified</Badge> : <Badge tone="danger">Not verified</Badge>}</td>
                <td className="py-2">
                  <Badge tone={outcome.tone}>{outcome.label}</Badge>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
