"use client";
/**
 * The audit log's filters: person, action (or a family of actions), target, and a date range in
 * the viewer's own days. Applied on submit, so typing a target does not fetch on every keystroke;
 * what was typed stays in the form.
 */
import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { actionFamilies, actionLabel, dayEnd, dayStart } from "@/components/audit/audit-format";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { auditQueries, type AuditFilters } from "@/lib/queries/audit";

interface Draft {
  actor: string;
  action: string;
  target: string;
  fromDay: string;
  toDay: string;
  withZoom: boolean;
}

const empty: Draft = { actor: "", action: "", target: "", fromDay: "", toDay: "", withZoom: false };

export function toFilters(draft: Draft): AuditFilters {
  return {
    actor: draft.actor || undefined,
    action: draft.action || undefined,
    target: draft.target.trim() || undefined,
    from: dayStart(draft.fromDay),
    to: dayEnd(draft.toDay),
    source: draft.withZoom ? "all" : undefined,
  };
}

export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const options = useQuery(auditQueries.filters());
  const [draft, setDraft] = useState<Draft>(empty);
  const rangeError = draft.fromDay && draft.toDay && draft.fromDay > draft.toDay ? "The end is before the start." : undefined;
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!rangeError) onApply(toFilters(draft));
  };
  const actions = options.data?.actions ?? [];
  return (
    <form role="search" aria-label="Filter the audit log" onSubmit={submit} className="grid gap-3 p-4 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto] lg:items-end">
      <SelectField label="Person" value={draft.actor} onChange={set("actor")}>
        <option value="">Everyone</option>
        {options.data?.actors.map((actor) => (
          <option key={actor.userId} value={actor.userId}>
            {actor.name}
            {actor.email ? ` (${actor.email})` : ""}
          </option>
        ))}
      </SelectField>
      <SelectField label="Action" value={draft.action} onChange={set("action")}>
        <option value="">All actions</option>
        <optgroup label="Kinds">
          {actionFamilies(actions).map((family) => (
            <option key={family} value={family}>
              Any {family.slice(0, -2).replace(/_/g, " ")} action
            </option>
          ))}
        </optgroup>
        <optgroup label="Actions">
          {actions.map((action) => (
            <option key={action} value={action}>
              {actionLabel(action)}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <TextField label="Target" placeholder="Meeting ID, topic, email…" value={draft.target} onChange={set("target")} maxLength={200} />
      <TextField label="From" type="date" value={draft.fromDay} onChange={set("fromDay")} />
      <TextField label="To" type="date" value={draft.toDay} onChange={set("toDay")} error={rangeError} />
      <div className="flex gap-2">
        <Button type="submit">Apply</Button>
        <Button
          variant="ghost"
          onClick={() => {
            setDraft(empty);
            onApply({});
          }}
        >
          Clear
        </Button>
      </div>
      <CheckboxField
        className="sm:col-span-2 lg:col-span-6"
        label="Show Zoom's own events alongside"
        description="Meetings started or ended, registrations and recordings as Zoom reported them through webhooks. A person filter leaves them out."
        checked={draft.withZoom}
        onChange={(event) => setDraft({ ...draft, withZoom: event.target.checked })}
      />
    </form>
  );
}
