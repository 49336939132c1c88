/** Trashes or deletes one recording file. */
import { route } from "@/lib/api/route";
import { deleteActionQuerySchema, recordingFileParamsSchema } from "@/lib/schemas/recording";
import { deleteRecordingFileFor } from "@/lib/services/recordings";

export const DELETE = route(
  { access: "member", params: recordingFileParamsSchema, query: deleteActionQuerySchema, audit: { action: "recording.file.delete", target: { type: "recording_file", param: "fileId" } } },
  async ({ viewer, params, query, audit }) => {
  audit.as(`recording.file.${query.action}`);
  audit.detail({ recordingId: params.recordingId });
  await deleteRecordingFileFor(viewer, params.recordingId, params.fileId, query.action);
});
