/**
 * `schedule_for`: scheduling on behalf of another user of the account. The caller needs the right
 * to act on that user (an admin token, or scheduling for themselves).
 */
import { canActOnUser } from "../access";
import { ZoomSandboxError, type RouteContext, type SandboxUser } from "../types";
import { findUser } from "../users/lookup";

export function scheduleHost(ctx: RouteContext, pathUser: SandboxUser, scheduleFor: string | undefined, type: number): SandboxUser {
  if (!scheduleFor) return pathUser;
  if (type === 1) {
    throw new ZoomSandboxError(
      400,
      3000,
      "Instant meetings do not support the `schedule_for` parameter, and you can't schedule an instant meeting for another user.",
    );
  }
  const target = findUser(ctx.state, scheduleFor);
  if (!target) {
    throw new ZoomSandboxError(400, 300, "The value that you entered in the `schedule_for` field is invalid. Enter a valid value and try again.");
  }
  if (target.id !== pathUser.id && !canActOnUser(ctx, target.id)) {
    throw new ZoomSandboxError(400, 3000, `You cannot schedule a meeting for ${scheduleFor}`);
  }
  return target;
}
