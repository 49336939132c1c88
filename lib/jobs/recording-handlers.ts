/**
 * Trashing or deleting many meetings' recordings, one meeting instance per item, paced like every
 * job. A member's job checks, per recording and at the time it runs, that they host it — the
 * dashboard's rule, not Zoom's.
 */
import { MAX_ATTEMPTS, failure, paced, retryable } from "@/lib/jobs/zoom-calls";
import type { JobHandler } from "@/lib/jobs/runner";
import { releaseItem } from "@/lib/jobs/store";
import { deleteMeetingRecordings, getMeetingRecordings, type DeleteAction } from "@/lib/zoom/recordings";
import { ZoomApiError } from "@/lib/zoom/zoom-api-error";

export interface RecordingBulkOptions {
  action: DeleteAction;
  /** Set when a member started the job: only recordings this Zoom user hosts may be touched. */
  mustHost: string | null;
}

export const recordingBulkHandler: JobHandler<null> = {
  batchSize: 5,
  async begin() {
    return null;
  },
  async process(run, _session, items, settle) {
    const options = run.job.options as unknown as RecordingBulkOptions;
    for (const item of items) {
      try {
        if (options.mustHost) {
          const rec = await paced(run, "LIGHT", () => getMeetingRecordings(run.ctx, item.key));
          if (rec.host_id !== options.mustHost) {
            await settle(item, { state: "failed", error: { code: "forbidden", message: "You can only manage recordings of meetings you host.", zoomCode: null, trackingId: null } });
            continue;
          }
        }
        await paced(run, "LIGHT", () => deleteMeetingRecordings(run.ctx, item.key, options.action));
        await settle(item, { state: "done" });
      } catch (error) {
        // Already in the trash (Zoom's 3301 "no recording" on a second trash) is what was asked.
        if (error instanceof ZoomApiError && error.status === 404 && error.code === 3301 && options.action === "trash") await settle(item, { state: "skipped", note: "Already in the trash" });
        else if (retryable(error) && item.attempts < MAX_ATTEMPTS) await releaseItem(run.job.id, item.index);
        else await settle(item, failure(error));
      }
    }
  },
};
