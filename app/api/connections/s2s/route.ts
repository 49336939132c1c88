import { route } from "@/lib/api/route";
import { connectServerToServer } from "@/lib/auth/connect-s2s";
import { s2sConnectSchema } from "@/lib/schemas/connection";

/** Connect (or replace) the workspace's Server-to-Server OAuth app. Owners only. */
export const POST = route({ access: "owner", body: s2sConnectSchema, audit: { action: "connection.s2s.connect", target: { type: "connection" } } }, async ({ viewer, body }) => connectServerToServer(viewer, body));
