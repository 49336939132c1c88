import { ApiError } from "@/lib/errors/api-error";
import { route } from "@/lib/api/route";
import { mountedSandbox } from "@/lib/server/sandbox-mount";

/**
 * Owner-only "Reset demo data": the mounted sandbox back to its seed, in-process (its HTTP control
 * API is off in demo mode). Sign-ins survive: the reset keeps OAuth grants and tokens, and the
 * seed recreates the same users under the same ids, so every connection keeps working.
 */
export const POST = route({ access: "owner", audit: { action: "workspace.demo_reset" } }, async () => {
  const sandbox = mountedSandbox();
  if (!sandbox) throw new ApiError("not_found", "There is no demo data to reset: this dashboard talks to Zoom, not to its built-in sandbox.");
  sandbox.reset();
  await sandbox.flush();
  return { reset: true, message: "Demo data is back to its starting point. Meetings, webinars and users you added in the demo are gone." };
});
