/**
 * Next.js calls `register()` once per server process: this is where the instance joins the
 * background-job queue. Only in the Node.js runtime (the Edge runtime has no database driver), and
 * only when a database is configured.
 */
export async function register() {
  const { env } = await import("@/lib/env");
  if (env.NEXT_RUNTIME !== "nodejs") return;
  if (env.DASHBOARD_PARENT_PID) {
    const { stopWhenOrphaned } = await import("@/lib/server/parent-watch");
    stopWhenOrphaned(env.DASHBOARD_PARENT_PID);
  }
  if (!env.DATABASE_URL) return;
  const { startJobWorker } = await import("@/lib/jobs/worker");
  await startJobWorker();
}
