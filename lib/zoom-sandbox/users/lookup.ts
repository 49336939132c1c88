/**
 * Resolving the `{userId}` path parameter the way Zoom does: a user id, an email address, or `me`.
 */
import { canActOnUser } from "../access";
import { ZoomSandboxError, type RouteContext, type SandboxState, type SandboxUser } from "../types";

/** Finds a user by id or (case-insensitive) email; no access check. */
export function findUser(state: SandboxState, idOrEmail: string): SandboxUser | undefined {
  const needle = idOrEmail.toLowerCase();
  return state.users.find((u) => u.id === idOrEmail || u.email.toLowerCase() === needle);
}

/**
 * The user named by `userIdOrEmailOrMe`, as seen by the caller. Throws Zoom's
 * 404 `{"code":1001,"message":"User does not exist: {userId}."}` when the user is unknown or when
 * the caller may not act on them (a member's token asking about a colleague): Zoom does not
 * reveal other users to user-level apps.
 */
export function resolveUser(ctx: RouteContext, userIdOrEmailOrMe: string): SandboxUser {
  const user =
    userIdOrEmailOrMe === "me"
      ? ctx.state.users.find((u) => u.id === ctx.auth.userId)
      : findUser(ctx.state, userIdOrEmailOrMe);
  if (!user || !canActOnUser(ctx, user.id)) {
    throw new ZoomSandboxError(404, 1001, `User does not exist: ${userIdOrEmailOrMe}.`);
  }
  return user;
}
