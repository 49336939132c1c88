/** The viewer's own sessions: how many browsers are signed in (`GET`), sign out everywhere (`DELETE`). */
import { route } from "@/lib/api/route";
import { signOutEverywhere } from "@/lib/auth/members";
import { liveSessionCount } from "@/lib/auth/sessions";

export const GET = route({ access: "member" }, async ({ viewer }) => ({ live: await liveSessionCount(viewer.workspaceId, viewer.userId) }));

export const DELETE = route({ access: "member", audit: { action: "session.sign_out_everywhere" } }, async ({ viewer }) => ({ ended: await signOutEverywhere(viewer, viewer.userId) }));
