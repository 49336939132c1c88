/**
 * What the registrant jobs do with their items, paced to Zoom's per-second limits across instances
 * (lib/jobs/pace.ts) and settling each item with Zoom's own answer.
 *
 * Imports are idempotent by email: each slice first reads who is already registered (every status,
 * every page), so a row registered before a crash — or already registered by other means — is
 * recognised and skipped, never added twice. An add whose answer was lost (timeout) is released
 * and looked up again before it is retried.
 */
import type { JobHandler, JobRunContext } from "@/lib/jobs/runner";
import { releaseItem, type ClaimedItem } from "@/lib/jobs/store";
import { REGISTRANT_STATUSES, type RegistrantInput, type StatusAction } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import { approveAfterAdd, registrantBody } from "@/lib/zoom/registrant-body";
import { addRegistrant, listAllRegistrants, STATUS_BATCH, updateRegistrantStatus } from "@/lib/zoom/registrants";
import { describeZoomFailure, ZoomApiError } from "@/lib/zoom/zoom-api-error";
import { MAX_ATTEMPTS, failure, paced, retryable } from "@/lib/jobs/zoom-calls";

export interface ImportOptions {
  occurrenceIds?: string[];
  autoApprove?: boolean;
}

export interface StatusOptions {
  action: StatusAction;
  occurrenceId?: string;
}

const parentOf = (run: JobRunContext): ScheduledRef => ({ kind: run.job.parentKind as ScheduledRef["kind"], id: run.job.parentId! });

interface ImportSession {
  /** Lowercased email → registrant id, for everyone registered at Zoom (any status). */
  registered: Map<string, string>;
  stale: boolean;
}

async function readRegistered(run: JobRunContext): Promise<Map<string, string>> {
  const parent = parentOf(run);
  const options = run.job.options as ImportOptions;
  const occurrenceId = options.occurrenceIds?.length === 1 ? options.occurrenceIds[0] : undefined;
  const lists = await Promise.all(REGISTRANT_STATUSES.map((status) => paced(run, "MEDIUM", () => listAllRegistrants(run.ctx, parent, { status, occurrenceId }))));
  return new Map(lists.flat().map((r) => [r.email.toLowerCase(), r.id]));
}

export const registrantImportHandler: JobHandler<ImportSession> = {
  batchSize: 10,
  async begin(run) {
    return { registered: await readRegistered(run), stale: false };
  },
  async process(run, session, items, settle) {
    const parent = parentOf(run);
    const options = run.job.options as ImportOptions;
    if (session.stale || items.some((item) => item.attempts > 1 && !session.registered.has(item.key))) {
      session.registered = await readRegistered(run);
      session.stale = false;
    }
    // Webinars: "approve them at once" is one status change for the batch's new registrants, after the adds.
    const toApprove: { item: ClaimedItem; registrantId: string; joinUrl: string }[] = [];
    for (const item of items) {
      const existing = session.registered.get(item.key);
      if (existing) {
        await settle(item, { state: "skipped", registrantId: existing, note: "Already registered" });
        continue;
      }
      try {
        const created = await paced(run, "LIGHT", () =>
          addRegistrant(run.ctx, parent, registrantBody(parent, item.input as RegistrantInput, options.autoApprove), { occurrenceIds: options.occurrenceIds }),
        );
        session.registered.set(item.key, created.registrant_id);
        if (approveAfterAdd(parent, options.autoApprove)) toApprove.push({ item, registrantId: created.registrant_id, joinUrl: created.join_url });
        else await settle(item, { state: "done", registrantId: created.registrant_id, joinUrl: created.join_url });
      } catch (error) {
        if (retryable(error) && item.attempts < MAX_ATTEMPTS) {
          // A lost answer may have registered the person: look before adding again.
          if (!(error instanceof ZoomApiError && error.status === 429)) session.stale = true;
          await releaseItem(run.job.id, item.index);
        } else {
          await settle(item, failure(error));
        }
      }
    }
    if (toApprove.length) {
      // Registered either way; a refused approval leaves them pending and says so on their row.
      const note = await paced(run, "MEDIUM", () => updateRegistrantStatus(run.ctx, parent, "approve", toApprove.map(({ item, registrantId }) => ({ id: registrantId, email: item.email })))).then(
        () => undefined,
        (error: unknown) => `Registered, but still pending: approving failed — ${describeZoomFailure(error)}`,
      );
      for (const { item, registrantId, joinUrl } of toApprove) await settle(item, { state: "done", registrantId, joinUrl, ...(note ? { note } : {}) });
    }
  },
};

async function changeStatus(run: JobRunContext, items: ClaimedItem[]): Promise<void> {
  const options = run.job.options as unknown as StatusOptions;
  await paced(run, "MEDIUM", () =>
    updateRegistrantStatus(
      run.ctx,
      parentOf(run),
      options.action,
      items.map((item) => ({ id: item.key, email: item.email })),
      options.occurrenceId,
    ),
  );
}

export const registrantStatusHandler: JobHandler<null> = {
  batchSize: STATUS_BATCH,
  async begin() {
    return null;
  },
  async process(run, _session, items, settle) {
    try {
      await changeStatus(run, items);
      for (const item of items) await settle(item, { state: "done" });
      return;
    } catch (error) {
      if (items.length === 1) {
        const [item] = items as [ClaimedItem];
        if (retryable(error) && item.attempts < MAX_ATTEMPTS) await releaseItem(run.job.id, item.index);
        else await settle(item, failure(error));
        return;
      }
      if (retryable(error)) {
        await Promise.all(items.map((item) => releaseItem(run.job.id, item.index)));
        return;
      }
    }
    // Zoom refused the batch: one registrant at a time tells whose change it refuses.
    for (const item of items) {
      try {
        await changeStatus(run, [item]);
        await settle(item, { state: "done" });
      } catch (error) {
        if (retryable(error) && item.attempts < MAX_ATTEMPTS) await releaseItem(run.job.id, item.index);
        else await settle(item, failure(error));
      }
    }
  },
};
