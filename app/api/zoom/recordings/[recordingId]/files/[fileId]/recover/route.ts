/** Takes one recording file out of the trash. */
import { route } from "@/lib/api/route";
import { recordingFileParamsSchema } from "@/lib/schemas/recording";
import { recoverRecordingFileFor } from "@/lib/services/recordings";

export const POST = route({ access: "member", params: recordingFileParamsSchema }, async ({ viewer, params }) => {
  await recoverRecordingFileFor(viewer, params.recordingId, params.fileId);
});
