"use client";

import { Button } from "@/components/ui/button";
import { useCheckConnection } from "@/lib/queries/connections";

/** Asks Zoom "who am I?" with this connection and says what came back. */
export function CheckConnectionButton({ level }: { level: "user" | "account" }) {
  const check = useCheckConnection();
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" onClick={() => check.mutate(level)} disabled={check.isPending} aria-busy={check.isPending}>
        {check.isPending ? "Checking…" : "Check connection"}
      </Button>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {check.data ? `Zoom answered as ${check.data.name} (${check.data.email}) in ${check.data.elapsedMs} ms.` : null}
        {check.error ? <span className="text-red-700 dark:text-red-300">{check.error.message}</span> : null}
      </p>
    </div>
  );
}
