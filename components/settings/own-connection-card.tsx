"use client";

import { SignInButton } from "@/components/auth/sign-in-button";
import { CheckConnectionButton } from "@/components/settings/check-connection-button";
import { ConnectionDetails } from "@/components/settings/connection-details";
import { DisconnectButton } from "@/components/settings/disconnect-button";
import { Card } from "@/components/ui/card";
import type { ConnectionView } from "@/lib/auth/connections";

/** The viewer's own connection (from sign-in or a device code): what their own meetings use. */
export function OwnConnectionCard({ connection }: { connection: ConnectionView | null }) {
  return (
    <Card title="Your Zoom connection">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">Used for your own meetings, webinars, recordings and mail.</p>
      {connection ? (
        <>
          <ConnectionDetails connection={connection} />
          {connection.status === "active" ? (
            <div className="mt-4">
              <CheckConnectionButton level="user" />
            </div>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-2">
            <SignInButton callbackUrl="/settings/connections" label="Reconnect with Zoom" />
            <DisconnectButton
              connectionId={connection.id}
              what="your Zoom connection"
              consequence="You stay signed in to the dashboard, but your Zoom data stops loading until you connect again."
            />
          </div>
        </>
      ) : (
        <div className="flex flex-col items-start gap-3">
          <p className="text-sm text-slate-700 dark:text-slate-300">Your Zoom account is not connected, so your Zoom data cannot load.</p>
          <SignInButton callbackUrl="/settings/connections" label="Connect with Zoom" />
        </div>
      )}
    </Card>
  );
}
