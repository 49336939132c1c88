"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { CheckConnectionButton } from "@/components/settings/check-connection-button";
import { ConnectionDetails } from "@/components/settings/connection-details";
import { DisconnectButton } from "@/components/settings/disconnect-button";
import { S2SConnectForm } from "@/components/settings/s2s-connect-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ConnectionsOverview } from "@/lib/auth/connections";
import { useReconnectS2S } from "@/lib/queries/connections";
import { runMutation } from "@/lib/queries/http";

/** The workspace's account-level (Server-to-Server) connection: admins see it, the owner manages it. */
export function AccountConnectionCard({ overview }: { overview: ConnectionsOverview }) {
  const { account, canManageAccount } = overview;
  const [replacing, setReplacing] = useState(false);
  const reconnect = useReconnectS2S();
  return (
    <Card title="Account connection (Server-to-Server OAuth)">
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        Lets admins see the whole Zoom account — every user&apos;s meetings, webinars and recordings — without depending on one person&apos;s
        sign-in.
      </p>
      {account ? <ConnectionDetails connection={account} /> : null}
      {account?.status === "active" && !replacing ? (
        <div className="mt-4">
          <CheckConnectionButton level="account" />
        </div>
      ) : null}
      {!canManageAccount ? (
        <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
          {account ? "Only the workspace owner can reconnect or disconnect it." : "There is none yet; the workspace owner can add one."}
        </p>
      ) : account && !replacing ? (
        <div className="mt-4 flex flex-wrap gap-2">
          <Button
            onClick={() =>
              runMutation(reconnect, undefined, {
                onSuccess: () => toast.success("The Server-to-Server connection works again."),
                onError: (error) => toast.error(error.message),
              })
            }
            disabled={reconnect.isPending}
            aria-busy={reconnect.isPending}
          >
            {reconnect.isPending ? "Reconnecting…" : "Reconnect"}
          </Button>
          <Button variant="secondary" onClick={() => setReplacing(true)}>
            Replace credentials
          </Button>
          <DisconnectButton
            connectionId={account.id}
            what="the Server-to-Server connection"
            consequence="Admins lose the account-wide view until it is connected again (or fall back to their own Zoom admin sign-in)."
          />
        </div>
      ) : (
        <S2SConnectForm overview={overview} onDone={() => setReplacing(false)} onCancel={account ? () => setReplacing(false) : undefined} />
      )}
    </Card>
  );
}
