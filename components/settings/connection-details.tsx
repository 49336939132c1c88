"use client";

import { useNow } from "@/components/settings/use-now";
import { Badge } from "@/components/ui/badge";
import type { ConnectionView } from "@/lib/auth/connections";
import { describeAgo, describeExpiry } from "@/lib/auth/expiry";
import { featureAccess } from "@/lib/auth/scope-features";

export const kindLabel = { oauth: "Zoom sign-in (OAuth app)", device: "Device code (Device OAuth)", s2s: "Server-to-Server OAuth" } as const;

export function ConnectionStatusBadge({ status }: { status: ConnectionView["status"] }) {
  if (status === "active") return <Badge tone="success">Active</Badge>;
  if (status === "needs_reconnect") return <Badge tone="danger">Needs reconnect</Badge>;
  return <Badge tone="warning">Revoked</Badge>;
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[11rem_1fr]">
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="text-sm text-slate-900 dark:text-slate-100">{children}</dd>
    </div>
  );
}

/** Everything a person may want to know about one connection; never a token. */
export function ConnectionDetails({ connection }: { connection: ConnectionView }) {
  const now = useNow();
  const features = featureAccess(connection.scopes, connection.level);
  const disabled = features.filter((access) => !access.allowed);
  const who = [connection.zoomName, connection.zoomEmail].filter(Boolean).join(" · ");
  return (
    <dl className="divide-y divide-slate-100 dark:divide-slate-800">
      <Row term="Kind">{kindLabel[connection.kind]}</Row>
      <Row term={connection.level === "account" ? "Zoom account" : "Zoom user"}>
        {connection.level === "account" ? (
          <>
            Account <code className="font-mono">{connection.zoomAccountId}</code>
            {who ? <span className="block text-slate-600 dark:text-slate-400">Found through “Get a user”: {who} (account owner)</span> : null}
          </>
        ) : (
          <>
            {who || connection.zoomUserId}
            <span className="block text-slate-600 dark:text-slate-400">Account {connection.zoomAccountId}</span>
          </>
        )}
      </Row>
      {connection.level === "account" ? (
        <Row term="Credentials">
          {connection.credentials === "form" ? "Entered here (secret stored encrypted)" : "From the server's configuration"}
          {connection.clientId ? (
            <span className="block text-slate-600 dark:text-slate-400">
              Client ID <code className="font-mono">{connection.clientId}</code>
            </span>
          ) : null}
        </Row>
      ) : null}
      <Row term="Status">
        <ConnectionStatusBadge status={connection.status} />
        {connection.lastError ? <p className="mt-1 text-sm text-red-700 dark:text-red-300">Last error: {connection.lastError}</p> : null}
      </Row>
      <Row term="Access token expires">
        {connection.status !== "active" ? "Not usable until reconnected" : now === null ? "…" : describeExpiry(connection.expiresAt, now)}
      </Row>
      <Row term="Last refreshed">{now === null ? "…" : describeAgo(connection.lastRefreshedAt, now)}</Row>
      <Row term="Granted scopes">
        {connection.scopes.length ? (
          <details>
            <summary className="cursor-pointer">{connection.scopes.length} scopes</summary>
            <ul className="mt-2 flex flex-wrap gap-1">
              {connection.scopes.map((scope) => (
                <li key={scope}>
                  <code className="break-all rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:bg-slate-800">{scope}</code>
                </li>
              ))}
            </ul>
          </details>
        ) : (
          "None reported"
        )}
      </Row>
      <Row term="Features">
        {disabled.length === 0 ? (
          "Every dashboard feature is available with these scopes."
        ) : (
          <ul className="space-y-1">
            {disabled.map(({ feature, needs }) => (
              <li key={feature.id}>
                <strong className="font-medium">{feature.label}</strong> is disabled: it needs one of {needs.map((scope) => `“${scope}”`).join(", ")}.
              </li>
            ))}
          </ul>
        )}
      </Row>
    </dl>
  );
}
