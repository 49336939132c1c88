/**
 * Who may host: Zoom refuses scheduling for users without a meetings licence (types 4 and 99)
 * and for users who are not active, with 3161; webinars additionally need a webinar licence.
 */
import { ZoomSandboxError, type SandboxUser } from "../types";

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
