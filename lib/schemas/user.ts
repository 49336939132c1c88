/**
 * Account users: listing, and creating a non-login user with Zoom's `custCreate` action — no
 * password, no web-portal or client sign-in; they host through start links. Limits are Zoom's
 * (Users API `POST /users`): email ≤ 128, names ≤ 64, display name ≤ 128.
 */
import { z } from "zod";
import { zoomIdOrEmail } from "@/lib/schemas/common";

export const userListQuerySchema = z.object({
  status: z.enum(["active", "inactive", "pending"]).default("active"),
  next_page_token: z.string().max(512).optional(),
  page_size: z.coerce.number().int().min(1).max(2000).default(300),
});

export const custCreateSchema = z.object({
  email: z.email("Enter a valid email address.").max(128, "Zoom emails are at most 128 characters."),
  firstName: z.string().trim().min(1, "Enter a first name.").max(64, "At most 64 characters."),
  lastName: z.string().trim().max(64, "At most 64 characters."),
  displayName: z.string().trim().max(128, "At most 128 characters."),
  /** 1 Basic, 2 Licensed: the user types that can host meetings. */
  type: z.union([z.literal(1), z.literal(2)]),
});

export type CustCreateInput = z.infer<typeof custCreateSchema>;

export const writeBudgetQuerySchema = z.object({ userId: z.union([z.literal("me"), zoomIdOrEmail]).default("me") });
