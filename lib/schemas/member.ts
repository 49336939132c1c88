/** Input shapes for workspace members, shared by the Members form and the routes. */
import { z } from "zod";

export const memberRoleSchema = z.enum(["owner", "admin", "member"], { error: "Choose owner, admin or member." });

export const memberParamsSchema = z.object({ userId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a member id.") });

export const memberRoleChangeSchema = z.object({ role: memberRoleSchema });
