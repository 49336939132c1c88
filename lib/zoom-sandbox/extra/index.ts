/**
 * Registrants, cloud recordings, closed captions, in-meeting controls and Zoom Mail.
 * Placeholder until those modules land; the core router and seed import these three names.
 */
import type { ControlRouteDef, RouteDef, SandboxState } from "../types";

export const extraRoutes: RouteDef[] = [];
export const extraControlRoutes: ControlRouteDef[] = [];

/** Adds registrants, recordings, captions and mailboxes to a freshly seeded core state. */
export function seedExtra(_state: SandboxState, _random: () => number, _now: Date): void {}
