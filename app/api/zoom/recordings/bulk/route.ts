/** Trash or delete many meetings' recordings: a background job (202) with a result per meeting. */
import { route } from "@/lib/api/route";
import { recordingBulkSchema } from "@/lib/schemas/recording";
import { startRecordingBulkFor } from "@/lib/services/recordings";

export const POST = route({ access: "member", body: recordingBulkSchema }, async ({ viewer, body }) => Response.json(await startRecordingBulkFor(viewer, body), { status: 202 }));
