/** Takes one recording file out of the trash. */
import { route } from "@/lib/api/route";
import { recordingFileParamsSchema } from "@/lib/schemas/recording";
import { recoverRecordingFileFor } from "@/lib/services/recordings";

export const POST = route({ access: "member", params: recordingFileParamsSchema, audit: { action: "recording.file.recover", target: { type: "recording_file", param: "fileId" } } }, async ({ viewer, params, audit }) => {
  audit.detail({ recordingId: params.recordingId });
  await recoverRecordingFileFor(viewer, params.recordingId, params.fileId);
});
