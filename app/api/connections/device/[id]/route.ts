import { route } from "@/lib/api/route";
import { cancelDeviceAuthorization, pollDeviceAuthorization } from "@/lib/auth/vault/device";
import { connectionParamsSchema } from "@/lib/schemas/connection";

/** One poll of a pending device authorization (Zoom is asked at most once per interval). */
export const POST = route(
  { access: "member", params: connectionParamsSchema, audit: { action: "connection.device.poll", target: { type: "device_authorization", param: "id" } } },
  async ({ viewer, params, audit }) => {
    const result = await pollDeviceAuthorization(viewer, params.id);
    // The browser polls every few seconds: only the answer that changes something is worth an entry.
    if (result.status === "pending") audit.skip();
    else audit.as(`connection.device.${result.status}`);
    if (result.status === "approved") audit.target(result.connectionId, null, "connection");
    return result;
  },
);

export const DELETE = route({ access: "member", params: connectionParamsSchema, audit: { action: "connection.device.cancel", target: { type: "device_authorization", param: "id" } } }, async ({ viewer, params }) => {
  await cancelDeviceAuthorization(viewer, params.id);
});
