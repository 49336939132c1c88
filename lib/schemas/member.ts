/** Input shapes for workspace members, shared by the Members form and the routes. */
import { z } from "zod";

export const memberRoleSchema = z.enum(["owner", "admin", "member"], { error: "Choose owner, admin or member." });

export const memberParamsSchema = z.object({ userId: z.string().min(1).max(64) });

export const memberRoleChangeSchema = z.object({ role: memberRoleSchema });
export type MemberRoleChange = z.infer<typeof memberRoleChangeSchema>;
