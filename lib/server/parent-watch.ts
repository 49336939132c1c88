/**
 * `npm start` runs `next start` as a child of scripts/start.ts, which also owns the embedded
 * PostgreSQL. If that script dies without its shutdown running (SIGKILL, or tsx killing it when it
 * answers a relayed signal late), the server would live on as an orphan: without its database, and
 * with its output pipe closed — where Next.js turns every write error into another error log and
 * spins a core. So the server checks once a second that its parent is still the one that started
 * it, and stops itself (gracefully, then for good) when it is not.
 */
import { logger } from "@/lib/server/logger";

export const CHECK_MS = 1_000;
export const GRACE_MS = 5_000;

export interface ParentWatchHooks {
  currentParent: () => number;
  /** Asks the server to stop as on SIGTERM (Next closes it). */
  stop: () => void;
  /** Leaves for good when the graceful stop did not finish. */
  exit: (code: number) => void;
}

const processHooks: ParentWatchHooks = {
  currentParent: () => process.ppid,
  stop: () => process.kill(process.pid, "SIGTERM"),
  exit: (code) => process.exit(code),
};

export function stopWhenOrphaned(parentPid: number, hooks: ParentWatchHooks = processHooks): NodeJS.Timeout {
  const timer = setInterval(() => {
    if (hooks.currentParent() === parentPid) return;
    clearInterval(timer);
    logger.warn("the start script is gone: stopping this server", { parentPid });
    setTimeout(() => hooks.exit(1), GRACE_MS).unref();
    hooks.stop();
  }, CHECK_MS);
  timer.unref();
  return timer;
}
