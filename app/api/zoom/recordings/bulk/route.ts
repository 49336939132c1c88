/** Trash or delete many meetings' recordings: a background job (202) with a result per meeting. */
import { route } from "@/lib/api/route";
import { recordingBulkSchema } from "@/lib/schemas/recording";
import { startRecordingBulkFor } from "@/lib/services/recordings";

export const POST = route({ access: "member", body: recordingBulkSchema, audit: { action: "recording.bulk", target: { type: "job" } } }, async ({ viewer, body, audit }) => {
  const job = await startRecordingBulkFor(viewer, body);
  audit.target(job.id, job.label);
  return Response.json(job, { status: 202 });
});
