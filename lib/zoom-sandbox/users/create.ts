/**
 * `POST /users`: create, autoCreate, custCreate and ssoCreate with Zoom's validation
 * (300 + `errors[]`) and duplicate check (409/1005).
 */
import { z } from "zod";
import { hasAdminAccess } from "../access";
import { isoZ } from "../clock";
import { json } from "../http";
import { newPmi, newUserId } from "../ids";
import { ZoomSandboxError, type RouteContext, type SandboxUser } from "../types";
import { parseBody, validationError } from "../validation";
import { findUser } from "./lookup";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const userCreateInput = z.object({
  action: z.enum(["create", "autoCreate", "custCreate", "ssoCreate"]),
  user_info: z
    .object({
      email: z.string().max(128).regex(EMAIL),
      type: z.literal([1, 2, 4, 99]),
      first_name: z.string().max(64).optional(),
      last_name: z.string().max(64).optional(),
      display_name: z.string().max(128).optional(),
      password: z.string().optional(),
    })
    .loose(),
});

/** Zoom's basic password rule for autoCreate: 8–32 chars, a letter, a digit, upper and lower case, no runs. */
function weakPassword(password: string): boolean {
  if (password.length < 8 || password.length > 32) return true;
  if (!/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password)) return true;
  if (/^(.)\1+$/.test(password)) return true;
  const codes = [...password].map((c) => c.charCodeAt(0));
  return codes.every((c, i) => i === 0 || c === codes[i - 1] + 1);
}

export function createUser(ctx: RouteContext): Response {
  if (!hasAdminAccess(ctx)) throw new ZoomSandboxError(400, 200, "No privilege.");
  const input = parseBody(userCreateInput, ctx.body);
  const info = input.user_info;
  const errors: string[] = [];
  if (info.type === 99 && input.action !== "ssoCreate") errors.push("user_info.type");
  if (input.action === "autoCreate" && (!info.password || weakPassword(info.password))) errors.push("user_info.password");
  if (errors.length) throw validationError(errors);
  if (findUser(ctx.state, info.email)) throw new ZoomSandboxError(409, 1005, `Email "${info.email}" has already been used.`);

  const now = isoZ(ctx.now());
  const owner = ctx.state.users.find((u) => u.role_name === "Owner");
  const first = info.first_name ?? "";
  const last = info.last_name ?? "";
  const user: SandboxUser = {
    id: newUserId(ctx),
    email: info.email,
    first_name: first,
    last_name: last,
    display_name: info.display_name ?? (`${first} ${last}`.trim() || info.email.split("@")[0]),
    type: info.type,
    // `create` sends an invitation; the user stays pending until they accept it.
    status: input.action === "create" ? "pending" : "active",
    role_id: "2",
    role_name: "Member",
    timezone: owner?.timezone ?? "America/Los_Angeles",
    pmi: newPmi(ctx),
    language: "en-US",
    dept: "",
    created_at: now,
    user_created_at: now,
    verified: input.action === "create" ? 0 : 1,
    created_via: input.action,
    webinar_enabled: false,
  };
  ctx.state.users.push(user);
  return json(201, { id: user.id, first_name: user.first_name, last_name: user.last_name, email: user.email, type: user.type });
}
