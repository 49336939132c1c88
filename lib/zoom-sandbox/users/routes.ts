/**
 * User operations from the API Hub "Users" document: list, get (id, email or `me`), create.
 */
import { hasAdminAccess } from "../access";
import { json } from "../http";
import { paginate } from "../pagination";
import { ZoomSandboxError, type RouteContext, type RouteDef } from "../types";
import { validationError } from "../validation";
import { createUser } from "./create";
import { resolveUser } from "./lookup";
import { userJson, userListItem } from "./serialize";

const STATUSES = ["active", "inactive", "pending"];

function listUsers(ctx: RouteContext): Response {
  // Listing the account's users is an admin capability; a member's token only gets "No permission."
  if (!hasAdminAccess(ctx)) throw new ZoomSandboxError(400, 200, "No permission.");
  const status = ctx.query.get("status") || "active";
  if (!STATUSES.includes(status)) throw validationError(["status"]);
  const roleId = ctx.query.get("role_id");
  const include = new Set((ctx.query.get("include_fields") ?? "").split(",").map((s) => s.trim()));
  const users = ctx.state.users.filter((u) => u.status === status && (!roleId || u.role_id === roleId));
  const page = paginate(ctx, users, { defaultSize: 30, maxSize: 2000, key: `users:${status}:${roleId ?? ""}` });
  return json(200, {
    page_count: page.page_count,
    page_number: page.page_number,
    page_size: page.page_size,
    total_records: page.total_records,
    next_page_token: page.next_page_token,
    users: page.items.map((u) => userListItem(ctx, u, include)),
  });
}

function getUser(ctx: RouteContext): Response {
  const userId = ctx.params.userId;
  // `user_info:read` (and the legacy `user_profile`) only ever reach the caller's own profile.
  const narrow = ctx.auth.scopes.every((s) => s === "user_info:read" || s === "user_profile" || !s.startsWith("user"));
  if (narrow && userId !== "me") throw new ZoomSandboxError(404, 1001, `User does not exist: ${userId}.`);
  return json(200, userJson(ctx, resolveUser(ctx, userId)));
}

export const userRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/users",
    operationId: "users",
    rateLimit: "MEDIUM",
    scopes: ["user:read", "user:write", "user:read:admin", "user:write:admin", "user:read:list_users:admin"],
    handle: listUsers,
  },
  {
    method: "POST",
    path: "/users",
    operationId: "userCreate",
    rateLimit: "LIGHT",
    scopes: ["user:write", "user:write:admin", "user:write:user:admin"],
    handle: createUser,
  },
  {
    method: "GET",
    path: "/users/{userId}",
    operationId: "user",
    rateLimit: "LIGHT",
    scopes: ["user:read", "user:write", "user:read:admin", "user:write:admin", "user_profile", "user_info:read", "user:read:user", "user:read:user:admin"],
    handle: getUser,
  },
];
