"use client";
/** How long the audit log is kept: the owner changes it here; admins read it. */
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { ZoomErrorDetails } from "@/components/ui/toast";
import { auditQueries, useSetAuditRetention } from "@/lib/queries/audit";
import { auditRetentionSchema } from "@/lib/schemas/audit";

export function AuditRetention() {
  const { data } = useQuery(auditQueries.settings());
  const save = useSetAuditRetention();
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  if (!data) return null;
  if (!data.canChangeRetention) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">Entries are kept for {data.retentionDays} days; the workspace owner can change this.</p>;
  }
  const value = typed ?? String(data.retentionDays);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = auditRetentionSchema.safeParse({ days: Number(value) });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    save.mutate(parsed.data.days, { onSuccess: () => setTyped(null) });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="Audit log retention">
      <TextField
        label="Keep entries for (days)"
        type="number"
        inputMode="numeric"
        min={7}
        max={3650}
        className="w-44"
        value={value}
        onChange={(event) => setTyped(event.target.value)}
        error={error}
      />
      <Button type="submit" variant="secondary" disabled={save.isPending || value === String(data.retentionDays)}>
        {save.isPending ? "Saving…" : "Save"}
      </Button>
      <p className="pb-2 text-xs text-slate-600 dark:text-slate-400">Older entries are deleted by a daily cleanup.</p>
      {save.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          <ZoomErrorDetails error={save.error} />
        </p>
      ) : save.isSuccess && typed === null ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          Saved.
        </p>
      ) : null}
    </form>
  );
}
