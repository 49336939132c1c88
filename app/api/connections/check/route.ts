import { z } from "zod";
import { route } from "@/lib/api/route";
import { checkConnection } from "@/lib/auth/connection-check";

const query = z.object({ level: z.enum(["user", "account"], { error: "level is “user” or “account”." }).default("user") });

/** Asks Zoom "who am I?" with the viewer's connection (or, for admins, the account's). */
export const GET = route({ access: "member", query }, async ({ viewer, query }) => checkConnection(viewer, query.level));
