/**
 * Turning a matched fault into what the client experiences: a delay, a canned response, or a
 * dropped connection.
 */
import { zoomError, json } from "./http";
import type { FaultPhase, FaultTarget } from "./faults";
import type { SandboxRuntime } from "./runtime";

const connectionResets = new WeakSet<Response>();

/**
 * A response that stands for "drop the connection". The node server destroys the socket when
 * it sees one; any other host (e.g. a Next route) at least gets a body stream that errors, so the
 * client sees a network failure rather than a status.
 */
export function connectionReset(): Response {
  const body = new ReadableStream({
    start(controller) {
      controller.error(new Error("sandbox fault: connection reset"));
    },
  });
  const res = new Response(body, { status: 200 });
  connectionResets.add(res);
  return res;
}

export function isConnectionReset(res: Response): boolean {
  return connectionResets.has(res);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Applies the first matching fault of `phase`. Returns a response to send instead, or undefined
 * to carry on (before) or to send the operation's own answer (after).
 */
export async function applyFault(rt: SandboxRuntime, target: FaultTarget, phase: FaultPhase = "before"): Promise<Response | undefined> {
  const fault = rt.faults.take(target, phase);
  if (!fault) return undefined;
  if (fault.delayMs) await sleep(fault.delayMs);
  if (fault.reset) return connectionReset();
  if (fault.status === undefined) return undefined;
  if (fault.body !== undefined) return json(fault.status, fault.body);
  if (fault.status === 204) return new Response(null, { status: 204 });
  return zoomError(fault.status, fault.status, "Injected sandbox fault.");
}
