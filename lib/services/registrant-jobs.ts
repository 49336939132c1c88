/**
 * Starting registrant background jobs for a viewer: the same access decision as every registrant
 * route (members only for what they host), then a job whose items carry their idempotency keys.
 */
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { ApiError } from "@/lib/errors/api-error";
import { jobStarter, startJob } from "@/lib/jobs/start";
import type { NewJobItem } from "@/lib/jobs/store";
import type { JobView } from "@/lib/jobs/types";
import type { RegistrantImport, RegistrantStatusJob, StatusAction } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import { parentContext, registrantIssues } from "@/lib/services/registrants";
import { getRegistrationQuestions } from "@/lib/zoom/registrants";

/** Runners asked for per job: two (for 50+ items), so two instances can share a large one. */
const runnersFor = (items: number) => Math.min(2, Math.max(1, Math.ceil(items / 50)));

const fullName = (r: { first_name: string; last_name?: string }) => [r.first_name, r.last_name].filter(Boolean).join(" ");
const plural = (n: number, word: string) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

const ACTION_VERB: Record<StatusAction, string> = { approve: "Approve", deny: "Deny", cancel: "Cancel" };

export async function startRegistrantImport(viewer: Viewer, parent: ScheduledRef, input: RegistrantImport): Promise<JobView> {
  const ctx = await parentContext(viewer, parent);
  // The same per-question rules the preview applied: a row that slipped past it is refused here, not at Zoom.
  const questions = await getRegistrationQuestions(ctx, parent);
  const fields = input.rows.flatMap((row, i) => registrantIssues(questions, row, `rows.${i}`));
  if (fields.length) {
    const first = fields[0]!;
    throw new ApiError("validation_failed", `Row ${Number(first.field.split(".")[1]) + 1} is not valid: ${first.message}`, { fields: fields.slice(0, 200) });
  }
  const firstRow = new Map<string, number>();
  const items: NewJobItem[] = input.rows.map((row, i) => {
    const key = row.email.toLowerCase();
    const earlier = firstRow.get(key);
    if (earlier === undefined) firstRow.set(key, i);
    return {
      key,
      row: input.rowNumbers?.[i] ?? null,
      email: row.email,
      name: fullName(row),
      input: row,
      ...(earlier !== undefined ? { skipped: { message: `Same email as row ${input.rowNumbers?.[earlier] ?? earlier + 1}` } } : {}),
    };
  });
  return startJob(
    {
      workspaceId: viewer.workspaceId,
      createdBy: jobStarter(viewer),
      kind: "registrants.import",
      label: `Import ${plural(items.length, "registrant")}${input.fileName ? ` from ${input.fileName}` : ""}`,
      parent,
      connectionId: ctx.connectionId,
      options: { occurrenceIds: input.occurrenceIds ?? [], autoApprove: input.autoApprove ?? false },
      items,
    },
    runnersFor(items.length),
  );
}

export async function startRegistrantStatusJob(viewer: Viewer, parent: ScheduledRef, input: RegistrantStatusJob): Promise<JobView> {
  const ctx = await parentContext(viewer, parent);
  const seen = new Set<string>();
  const registrants = input.registrants.filter((r) => !seen.has(r.id) && seen.add(r.id));
  return startJob(
    {
      workspaceId: viewer.workspaceId,
      createdBy: jobStarter(viewer),
      kind: "registrants.status",
      label: `${ACTION_VERB[input.action]} ${plural(registrants.length, "registrant")}`,
      parent,
      connectionId: ctx.connectionId,
      options: { action: input.action, ...(input.occurrenceId ? { occurrenceId: input.occurrenceId } : {}) },
      items: registrants.map((r) => ({ key: r.id, email: r.email, name: "", input: r })),
    },
    runnersFor(registrants.length),
  );
}
