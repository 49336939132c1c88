/**
 * Who may host: Zoom refuses scheduling for users without a meetings licence (types 4 and 99)
 * and for users who are not active, with 3161; webinars additionally need a webinar licence.
 */
import { ZoomSandboxError, type SandboxState, type SandboxUser } from "../types";
import { findUser } from "../users/lookup";

export function assertCanHost(user: SandboxUser): void {
  if (user.type === 4 || user.type === 99 || user.status !== "active") {
    throw new ZoomSandboxError(400, 3161, "Your user account is not allowed meeting hosting and scheduling capabilities.");
  }
}

export function assertCanHostWebinars(user: SandboxUser): void {
  if (!user.webinar_enabled || user.status !== "active") {
    throw new ZoomSandboxError(
      400,
      200,
      "Webinar plan is missing. You must subscribe to the webinar plan and enable webinars for this user in order to perform this action.",
    );
  }
}

/**
 * Zoom only accepts alternative hosts who are licensed, active users of the host's account, and
 * refuses the whole create/update with 400/1114 naming the first address it cannot use.
 */
export function assertAlternativeHosts(state: SandboxState, alternativeHosts: string | undefined): void {
  for (const entry of (alternativeHosts ?? "").split(/[;,]/).map((part) => part.trim()).filter(Boolean)) {
    const user = findUser(state, entry);
    if (!user || user.type !== 2 || user.status !== "active") {
      throw new ZoomSandboxError(400, 1114, `The user ${entry} is not a licensed user of this account and cannot be an alternative host.`);
    }
  }
}
