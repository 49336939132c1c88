import { route } from "@/lib/api/route";
import { connectionsOverview } from "@/lib/auth/connections";

/** The viewer's own Zoom connection, and for admins the workspace's account-level one. */
export const GET = route({ access: "member" }, async ({ viewer }) => connectionsOverview(viewer));
