import { route } from "@/lib/api/route";
import { startDeviceAuthorization } from "@/lib/auth/vault/device";

/** "Connect with a device code": asks Zoom for a user code to approve on its verification page. */
export const POST = route({ access: "member", audit: { action: "connection.device.start", target: { type: "connection" } } }, async ({ viewer }) => startDeviceAuthorization(viewer));
