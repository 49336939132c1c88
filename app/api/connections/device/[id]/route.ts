import { route } from "@/lib/api/route";
import { cancelDeviceAuthorization, pollDeviceAuthorization } from "@/lib/auth/vault/device";
import { connectionParamsSchema } from "@/lib/schemas/connection";

/** One poll of a pending device authorization (Zoom is asked at most once per interval). */
export const POST = route({ access: "member", params: connectionParamsSchema }, async ({ viewer, params }) => pollDeviceAuthorization(viewer, params.id));

export const DELETE = route({ access: "member", params: connectionParamsSchema }, async ({ viewer, params }) => {
  await cancelDeviceAuthorization(viewer, params.id);
});
