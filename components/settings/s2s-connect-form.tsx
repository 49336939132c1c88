"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormField } from "@/components/settings/form-field";
import { Button } from "@/components/ui/button";
import type { ConnectionsOverview } from "@/lib/auth/connections";
import { useConnectS2S } from "@/lib/queries/connections";
import { ApiClientError } from "@/lib/queries/http";
import { s2sConnectSchema } from "@/lib/schemas/connection";
import { runMutation } from "@/lib/queries/http";

type Values = { source: "form" | "config"; accountId: string; clientId: string; clientSecret: string };
const fieldNames = ["accountId", "clientId", "clientSecret"] as const;

/** Owner-only: connect the Server-to-Server app by typing its credentials, or from configuration. */
export function S2SConnectForm({ overview, onDone, onCancel }: { overview: ConnectionsOverview; onDone: () => void; onCancel?: () => void }) {
  const connect = useConnectS2S();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    // The route's union schema validates only what the chosen source needs; the form keeps all fields flat.
    resolver: zodResolver(s2sConnectSchema) as unknown as Resolver<Values>,
    defaultValues: { source: overview.s2sConfigured ? "config" : "form", accountId: overview.workspaceAccountId, clientId: "", clientSecret: "" },
  });
  const source = useWatch({ control: form.control, name: "source" });
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) => {
    setFailure(null);
    const input = values.source === "config" ? { source: "config" as const } : { source: "form" as const, accountId: values.accountId, clientId: values.clientId, clientSecret: values.clientSecret };
    runMutation(connect, input, {
      onSuccess: (result) => {
        toast.success(`Connected to Zoom account ${result.accountId} (owner: ${result.ownerName}).`);
        onDone();
      },
      onError: (error) => {
        // Field errors go next to their field; everything the user typed stays in the form.
        const fields = error instanceof ApiClientError ? error.fields : [];
        let placed = false;
        for (const issue of fields) {
          const name = fieldNames.find((candidate) => candidate === issue.field);
          if (name && values.source === "form") {
            form.setError(name, { message: issue.message });
            placed = true;
          }
        }
        if (!placed) setFailure(error.message);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-4" aria-label="Connect a Server-to-Server OAuth app">
      <fieldset>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Where do the app&apos;s credentials come from?</legend>
        <div className="mt-2 space-y-2 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" value="form" {...form.register("source")} />
            Enter them here (the secret is stored encrypted)
          </label>
          <label className={`flex items-center gap-2 ${overview.s2sConfigured ? "" : "opacity-60"}`}>
            <input type="radio" value="config" disabled={!overview.s2sConfigured} {...form.register("source")} />
            Use the server&apos;s configuration
            {overview.s2sConfigured ? ` (account ${overview.configuredAccountId})` : " (not configured)"}
          </label>
        </div>
      </fieldset>
      {source === "form" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="s2s-account-id" label="Account ID" autoComplete="off" error={errors.accountId?.message} {...form.register("accountId")} />
          <FormField id="s2s-client-id" label="Client ID" autoComplete="off" error={errors.clientId?.message} {...form.register("clientId")} />
          <FormField
            id="s2s-client-secret"
            label="Client Secret"
            type="password"
            autoComplete="off"
            className="sm:col-span-2"
            hint="From the app's “App Credentials” page on Zoom's App Marketplace. It is never shown again."
            error={errors.clientSecret?.message}
            {...form.register("clientSecret")}
          />
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          {failure}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={connect.isPending} aria-busy={connect.isPending}>
          {connect.isPending ? "Connecting…" : "Connect Server-to-Server app"}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
