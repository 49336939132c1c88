/**
 * A bare passthrough, built only by `npm run bench` and never part of the dashboard: the same
 * Next.js, production mode, one route that forwards to the sandbox with a fixed token. It is the
 * yardstick for what the dashboard's own per-request work costs on top of Next itself.
 */
const config = { poweredByHeader: false };

export default config;
