/** One meeting instance's recordings: read (files with the dashboard's own content paths), trash or delete all of them. */
import { route } from "@/lib/api/route";
import { deleteActionQuerySchema, recordingParamsSchema } from "@/lib/schemas/recording";
import { deleteRecordingFor, recordingDetailFor } from "@/lib/services/recordings";

export const GET = route({ access: "member", params: recordingParamsSchema }, async ({ viewer, params }) => recordingDetailFor(viewer, params.recordingId));

export const DELETE = route({ access: "member", params: recordingParamsSchema, query: deleteActionQuerySchema }, async ({ viewer, params, query }) => {
  await deleteRecordingFor(viewer, params.recordingId, query.action);
});
