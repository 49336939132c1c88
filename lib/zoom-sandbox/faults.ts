/**
 * Injected failures for tests: answer a matching request with a status/body, delay it, or drop
 * the connection, `count` times. Matching is by route pattern (`/users/{userId}/meetings`, with or
 * without `/v2`), operationId, or a literal path such as `/oauth/token`.
 */
import { z } from "zod";

export const faultInput = z.object({
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]).optional(),
  path: z.string().min(1),
  status: z.number().int().min(100).max(599).optional(),
  body: z.unknown().optional(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  reset: z.boolean().optional(),
  count: z.number().int().min(1).default(1),
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
}

function normalise(path: string): string {
  return path.replace(/^\/v2(?=\/)/, "").replace(/\/+$/, "") || "/";
}

export class FaultStore {
  private faults: Fault[] = [];
  private nextId = 1;

  add(input: FaultInput): Fault {
    const fault: Fault = { ...input, id: this.nextId++, hits: 0 };
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** The first armed fault matching the request; consumes one of its `count`. */
  take(target: FaultTarget): Fault | undefined {
    const index = this.faults.findIndex((f) => matches(f, target));
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.hits += 1;
    if (fault.hits >= fault.count) this.faults.splice(index, 1);
    return fault;
  }
}

function matches(fault: Fault, target: FaultTarget): boolean {
  if (fault.method && fault.method !== target.method) return false;
  if (fault.path === target.operationId) return true;
  const want = normalise(fault.path);
  if (target.routePath && want === normalise(target.routePath)) return true;
  return want === normalise(target.pathname);
}
