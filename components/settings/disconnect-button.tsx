"use client";

import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useDisconnect } from "@/lib/queries/connections";
import { runMutation } from "@/lib/queries/http";

/** Disconnect with a confirmation: the token is revoked at Zoom first, then deleted here. */
export function DisconnectButton({ connectionId, what, consequence }: { connectionId: string; what: string; consequence: string }) {
  const [open, setOpen] = useState(false);
  const disconnect = useDisconnect();
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Disconnect
      </Button>
      <ConfirmDialog
        open={open}
        title={`Disconnect ${what}?`}
        confirmLabel="Disconnect"
        busy={disconnect.isPending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          runMutation(disconnect, connectionId, {
            onSuccess: () => {
              setOpen(false);
              toast.success("Disconnected: the token was revoked at Zoom and deleted here.");
            },
            onError: (error) => {
              setOpen(false);
              toast.error(error.message);
            },
          })
        }
      >
        <p>The dashboard revokes the token at Zoom and then deletes it here. {consequence}</p>
      </ConfirmDialog>
    </>
  );
}
