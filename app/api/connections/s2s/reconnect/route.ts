import { route } from "@/lib/api/route";
import { reconnectServerToServer } from "@/lib/auth/connect-s2s";

/** Retry the workspace's Server-to-Server connection with its stored credentials. Owners only. */
export const POST = route({ access: "owner" }, async ({ viewer }) => {
  await reconnectServerToServer(viewer);
  return { reconnected: true };
});
