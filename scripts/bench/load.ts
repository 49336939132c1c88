/**
 * The load generator of `npm run bench`: undici with a keep-alive pool (cheap per request, so the
 * generator takes as little of the machine's two cores as it can), a fixed number of requests in
 * flight, and latency percentiles. Every path of a scenario is measured in interleaved rounds and
 * reported as the median round, so a hiccup of the machine does not land on one path only.
 */
import { Agent, request } from "undici";
import type { CpuReading } from "./cpu";

const client = new Agent({ connections: 256, keepAliveTimeout: 30_000, pipelining: 1 });

export interface Target {
  label: string;
  method: "GET" | "DELETE";
  /** The URL of the i-th request (each DELETE needs its own meeting). */
  url: (i: number) => string;
  headers: Record<string, string>;
  /** CPU used so far by the server under test (cpu.ts), or null when it cannot be read. */
  cpu?: () => CpuReading | null;
}

export interface Sample {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  firstError?: string;
  /** CPU the server under test spent per request, in ms (null when unknown). */
  cpuPerRequest: number | null;
  /** Of which the server's database, in ms (0 when it has none; null when unknown). */
  dbCpuPerRequest: number | null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** `count` requests, `concurrency` at a time, starting at request number `from`. */
export async function fire(target: Target, count: number, concurrency: number, from = 0): Promise<Sample> {
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  // Read outside the timed window: scanning /proc is not the server's work.
  const cpuBefore = target.cpu?.() ?? null;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = from + next++;
        const t0 = performance.now();
        try {
          const res = await request(target.url(i), { method: target.method, headers: target.headers, dispatcher: client });
          const body = await res.body.text();
          if (res.statusCode >= 300) {
            errors++;
            firstError ??= `${res.statusCode} ${body.slice(0, 200)}`;
          }
        } catch (error) {
          errors++;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = target.cpu?.() ?? null;
  const perRequest = (pick: (r: CpuReading) => number) => (cpuBefore && cpuAfter ? (pick(cpuAfter) - pick(cpuBefore)) / count : null);
  const cpuPerRequest = perRequest((r) => r.totalMs);
  const dbCpuPerRequest = perRequest((r) => r.dbMs);
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
  return { rps: times.length / seconds, p50: pct(50), p95: pct(95), errors, firstError, cpuPerRequest, dbCpuPerRequest };
}

export interface ScenarioResult {
  label: string;
  /** Concurrency 1: latency. */
  serial: Sample;
  /** Concurrency `parallel`: throughput. */
  parallel: Sample;
}

export interface ScenarioOptions {
  warmup: number;
  rounds: number;
  serialRequests: number;
  parallelRequests: number;
  parallel: number;
  /** Request numbers already used by this target (DELETE scenarios never reuse a meeting). */
  offsets?: Map<Target, number>;
}

/** Warms every path up, then measures them in interleaved rounds; each figure is the median round. */
export async function scenario(targets: Target[], options: ScenarioOptions): Promise<ScenarioResult[]> {
  const used = options.offsets ?? new Map<Target, number>();
  const take = (target: Target, n: number) => {
    const from = used.get(target) ?? 0;
    used.set(target, from + n);
    return from;
  };
  for (const target of targets) {
    const warm = await fire(target, options.warmup, options.parallel, take(target, options.warmup));
    if (warm.errors) throw new Error(`${target.label}: ${warm.errors} of ${options.warmup} warm-up requests failed (first: ${warm.firstError})`);
  }
  const serial = new Map<Target, Sample[]>();
  const parallel = new Map<Target, Sample[]>();
  for (let round = 0; round < options.rounds; round++) {
    for (const target of targets) {
      parallel.set(target, [...(parallel.get(target) ?? []), await fire(target, options.parallelRequests, options.parallel, take(target, options.parallelRequests))]);
      serial.set(target, [...(serial.get(target) ?? []), await fire(target, options.serialRequests, 1, take(target, options.serialRequests))]);
    }
  }
  const pick = (samples: Sample[]): Sample => ({
    rps: median(samples.map((s) => s.rps)),
    p50: median(samples.map((s) => s.p50)),
    p95: median(samples.map((s) => s.p95)),
    errors: samples.reduce((sum, s) => sum + s.errors, 0),
    firstError: samples.find((s) => s.firstError)?.firstError,
    cpuPerRequest: samples.some((s) => s.cpuPerRequest === null) ? null : median(samples.map((s) => s.cpuPerRequest!)),
    dbCpuPerRequest: samples.some((s) => s.dbCpuPerRequest === null) ? null : median(samples.map((s) => s.dbCpuPerRequest!)),
  });
  return targets.map((target) => ({ label: target.label, serial: pick(serial.get(target)!), parallel: pick(parallel.get(target)!) }));
}

/** Requests a scenario needs per target (DELETE scenarios make that many meetings first). */
export const requestsPerTarget = (o: Omit<ScenarioOptions, "offsets">) => o.warmup + o.rounds * (o.serialRequests + o.parallelRequests);
