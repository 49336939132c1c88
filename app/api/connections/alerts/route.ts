import { route } from "@/lib/api/route";
import { connectionAlerts } from "@/lib/auth/connections";

/** Connections the viewer should act on (drives the "needs reconnect" banner). */
export const GET = route({ access: "member" }, async ({ viewer }) => ({ alerts: await connectionAlerts(viewer) }));
