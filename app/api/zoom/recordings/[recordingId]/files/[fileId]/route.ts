/** Trashes or deletes one recording file. */
import { route } from "@/lib/api/route";
import { deleteActionQuerySchema, recordingFileParamsSchema } from "@/lib/schemas/recording";
import { deleteRecordingFileFor } from "@/lib/services/recordings";

export const DELETE = route({ access: "member", params: recordingFileParamsSchema, query: deleteActionQuerySchema }, async ({ viewer, params, query }) => {
  await deleteRecordingFileFor(viewer, params.recordingId, params.fileId, query.action);
});
