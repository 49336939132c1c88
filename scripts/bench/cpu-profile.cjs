/**
 * `npm run bench -- --cpu-prof`: loaded into the dashboard's `next start` through NODE_OPTIONS
 * (`--require`; Node refuses `--cpu-prof` there). Profiles the server until it is told to stop and
 * writes a .cpuprofile (open it in Chrome DevTools) to BENCH_PROFILE_DIR. Other processes ignore it.
 */
/* eslint-disable @typescript-eslint/no-require-imports, no-restricted-properties -- a bench-only preload script */
const inspector = require("node:inspector");
const fs = require("node:fs");
const path = require("node:path");

const dir = process.env.BENCH_PROFILE_DIR;
if (dir && process.argv.some((arg) => arg.endsWith(path.join("next", "dist", "bin", "next"))) && process.argv.includes("start")) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable", () => session.post("Profiler.start"));
  process.once("SIGTERM", () => {
    session.post("Profiler.stop", (error, result) => {
      if (!error) {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, `next-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
      }
      process.exit(0);
    });
  });
}
