/** Takes a meeting instance's recordings out of the trash. */
import { route } from "@/lib/api/route";
import { recordingParamsSchema } from "@/lib/schemas/recording";
import { recoverRecordingFor } from "@/lib/services/recordings";

export const POST = route({ access: "member", params: recordingParamsSchema, audit: { action: "recording.recover", target: { type: "recording", param: "recordingId" } } }, async ({ viewer, params }) => {
  await recoverRecordingFor(viewer, params.recordingId);
});
