import { route } from "@/lib/api/route";
import { reconnectServerToServer } from "@/lib/auth/connect-s2s";

/** Retry the workspace's Server-to-Server connection with its stored credentials. Owners only. */
export const POST = route({ access: "owner", audit: { action: "connection.s2s.reconnect", target: { type: "connection" } } }, async ({ viewer }) => {
  await reconnectServerToServer(viewer);
  return { reconnected: true };
});
