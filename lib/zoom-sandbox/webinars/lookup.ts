/**
 * Resolving `{webinarId}`: a numeric id or a webinar-instance UUID (see meetings/lookup.ts).
 */
import { canActOnUser } from "../access";
import { decodeUuidParam } from "../meetings/lookup";
import { ZoomSandboxError, type RouteContext, type SandboxState, type SandboxWebinar } from "../types";

/** Finds a webinar by numeric id or instance UUID; no access check. */
export function findWebinarIn(state: SandboxState, webinarId: string): SandboxWebinar | undefined {
  const candidates = state.webinars.filter((w) => !w.deleted_at);
  if (/^\d+$/.test(webinarId)) {
    const id = Number(webinarId);
    return candidates.find((w) => w.id === id);
  }
  const uuid = decodeUuidParam(webinarId);
  return candidates.find((w) => w.uuid === uuid || w.instances.some((i) => i.uuid === uuid));
}

/**
 * The webinar named by `webinarId`, if the caller may see it. Throws 404
 * `{"code":3001,"message":"Webinar does not exist: {webinarId}."}` otherwise.
 */
export function findWebinar(ctx: RouteContext, webinarId: string): SandboxWebinar {
  const webinar = findWebinarIn(ctx.state, webinarId);
  if (!webinar || !canActOnUser(ctx, webinar.host_id)) {
    throw new ZoomSandboxError(404, 3001, `Webinar does not exist: ${webinarId}.`);
  }
  return webinar;
}
