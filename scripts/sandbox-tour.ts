/**
 * `npx tsx scripts/sandbox-tour.ts [baseUrl]`: runs every request of our users' Postman seed
 * collection against a Zoom sandbox with nothing but `fetch`, one line per request, and exits
 * non-zero if any request did not get the status Zoom would send.
 *
 * Without a base URL it uses http://127.0.0.1:4010 (`npm run sandbox`); if nothing answers there
 * it starts an in-memory sandbox in-process for the duration of the tour.
 */
import { HEADER, formatHeading, formatStep, summary } from "./sandbox-tour/format";
import { runTour } from "./sandbox-tour/run";

const DEFAULT_BASE_URL = "http://127.0.0.1:4010";

/** Any HTTP answer counts; only a refused or timed-out connection means "nothing there". */
async function answers(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const arg = process.argv.slice(2).find((a) => !a.startsWith("-"));
  let baseUrl = (arg ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  let stop: (() => Promise<void>) | undefined;

  if (!(await answers(baseUrl))) {
    if (arg) {
      console.error(`Nothing answers at ${baseUrl}. Start the sandbox with \`npm run sandbox\` or omit the URL.`);
      return 2;
    }
    // Imported only when needed: the tour itself talks to the sandbox over HTTP like any client.
    const { startSandboxServer } = await import("../lib/zoom-sandbox/node-server");
    const server = await startSandboxServer({ port: 0 });
    baseUrl = server.url;
    stop = () => server.close();
    console.log(`Nothing answered at ${DEFAULT_BASE_URL}; started an in-memory sandbox at ${baseUrl}.`);
  }

  console.log(`Sandbox tour against ${baseUrl}\n\n${HEADER}`);
  try {
    const results = await runTour(baseUrl, {
      onSection: (title) => console.log(formatHeading(title)),
      onStep: (step) => console.log(formatStep(step)),
    });
    console.log(`\n${summary(results)}`);
    if (results.some((r) => r.status === 429)) {
      // The usual cause on a long-running sandbox: Zoom's 100 meeting/webinar creates+updates per
      // host per UTC day, of which each tour uses 7. The counters live in memory.
      console.log(
        `hint: rate limited. Restart the sandbox, or reset its counters:\n` +
          `  curl -X PUT ${baseUrl}/_sandbox/rate-limits -H 'content-type: application/json' -d '{"resetCounters":true}'`,
      );
    }
    return results.every((r) => r.ok) ? 0 : 1;
  } finally {
    await stop?.();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
