/** One meeting instance's recordings: read (files with the dashboard's own content paths), trash or delete all of them. */
import { route } from "@/lib/api/route";
import { deleteActionQuerySchema, recordingParamsSchema } from "@/lib/schemas/recording";
import { deleteRecordingFor, recordingDetailFor } from "@/lib/services/recordings";

export const GET = route({ access: "member", params: recordingParamsSchema }, async ({ viewer, params }) => recordingDetailFor(viewer, params.recordingId));

export const DELETE = route(
  { access: "member", params: recordingParamsSchema, query: deleteActionQuerySchema, audit: { action: "recording.delete", target: { type: "recording", param: "recordingId" } } },
  async ({ viewer, params, query, audit }) => {
  audit.as(`recording.${query.action}`);
  await deleteRecordingFor(viewer, params.recordingId, query.action);
});
