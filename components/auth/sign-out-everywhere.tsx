"use client";

/**
 * "Sign out everywhere": ends every session this person has — other browsers, a lost laptop, an
 * old cookie — on the server, then sends this browser to the sign-in page.
 */
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { sessionQueries, useSignOutEverywhere } from "@/lib/queries/sessions";

export function SignOutEverywhere() {
  const [asking, setAsking] = useState(false);
  const { data } = useQuery(sessionQueries.live());
  const signOut = useSignOutEverywhere();
  const router = useRouter();
  const queryClient = useQueryClient();
  const count = data?.live;
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-4 dark:border-slate-800">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {count === undefined ? "Checking where you are signed in…" : count === 1 ? "You are signed in on this browser only." : `You are signed in on ${count} browsers or devices.`}
      </p>
      <Button variant="secondary" onClick={() => setAsking(true)}>
        Sign out everywhere
      </Button>
      <ConfirmDialog
        open={asking}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        busy={signOut.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          signOut.mutate(undefined, {
            onSuccess: () => {
              // Nothing of the signed-in views may linger in this tab's cache.
              queryClient.clear();
              router.replace("/signin");
            },
            onError: (error) => {
              toast.error(error.message);
              setAsking(false);
            },
          })
        }
      >
        <p>Every browser where you are signed in — this one included — is signed out at once. Your Zoom connection stays; sign in again to continue.</p>
      </ConfirmDialog>
    </div>
  );
}
