/**
 * Injected failures for tests: answer a matching request with a status/body, delay it, or drop
 * the connection, `count` times. Matching is by route pattern (`/users/{userId}/meetings`, with or
 * without `/v2`), operationId, or a literal path such as `/oauth/token`. With `after: true` (REST
 * only) the operation runs first and only its answer is delayed, replaced or lost. With
 * `bodyIncludes` a fault fires only for requests whose raw body contains that text, so a test can
 * fail the call about one registrant (its id or e-mail) among many alike.
 */
import { z } from "zod";

/** Bounds keep an armed fault from holding a request (or the fault list) without limit. */
export const FAULT_LIMITS = { count: 100_000, delayMs: 60_000, armed: 1_000 } as const;

export const faultInput = z.object({
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).optional(),
  path: z.string().min(1).max(500),
  status: z.number().int().min(100).max(599).optional(),
  body: z.unknown().optional(),
  delayMs: z
    .number()
    .int()
    .min(0)
    .max(FAULT_LIMITS.delayMs, `delayMs must be at most ${FAULT_LIMITS.delayMs} (ms)`)
    .optional(),
  reset: z.boolean().optional(),
  after: z.boolean().optional(),
  bodyIncludes: z.string().min(1).max(200).optional(),
  count: z.number().int().min(1).max(FAULT_LIMITS.count, `count must be at most ${FAULT_LIMITS.count}`).default(1),
});

export type FaultInput = z.infer<typeof faultInput>;

export interface Fault extends FaultInput {
  id: number;
  hits: number;
}

export interface FaultTarget {
  method: string;
  /** The request path below the base path, e.g. `/v2/users/me/meetings` or `/oauth/token`. */
  pathname: string;
  /** The matched REST route, when there is one. */
  routePath?: string;
  operationId?: string;
  /** The raw request body, when the caller read it (needed by `bodyIncludes` faults). */
  body?: string;
}

function normalise(path: string): string {
  return path.replace(/^\/v2(?=\/)/, "").replace(/\/+$/, "") || "/";
}

export type FaultPhase = "before" | "after";

export class FaultStore {
  private faults: Fault[] = [];
  private nextId = 1;

  /** Undefined when the store is full (see FAULT_LIMITS.armed). */
  add(input: FaultInput): Fault | undefined {
    if (this.faults.length >= FAULT_LIMITS.armed) return undefined;
    const fault: Fault = { ...input, id: this.nextId++, hits: 0 };
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }

  /** Disarms one fault (armed by this caller, so tests running side by side keep theirs); false if none. */
  remove(id: number): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length < before;
  }

  /** Whether any armed fault looks at the request body, so callers read it only then. */
  needsBody(): boolean {
    return this.faults.some((f) => f.bodyIncludes !== undefined);
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** The first armed fault of `phase` matching the request; consumes one of its `count`. */
  take(target: FaultTarget, phase: FaultPhase = "before"): Fault | undefined {
    const index = this.faults.findIndex((f) => (f.after ? "after" : "before") === phase && matches(f, target));
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.hits += 1;
    if (fault.hits >= fault.count) this.faults.splice(index, 1);
    return fault;
  }
}

function matches(fault: Fault, target: FaultTarget): boolean {
  if (fault.method && fault.method !== target.method) return false;
  if (fault.bodyIncludes !== undefined && !(target.body ?? "").includes(fault.bodyIncludes)) return false;
  if (fault.path === target.operationId) return true;
  const want = normalise(fault.path);
  if (target.routePath && want === normalise(target.routePath)) return true;
  return want === normalise(target.pathname);
}
