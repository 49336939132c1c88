import type { ContractEnv } from "../env";

/** The concrete request a contract case makes (path without `/v2`). */
export interface ContractRequest {
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** A user-level token; the S2S account token is used when absent. */
  token?: string;
}

export interface ContractCase {
  operationId: string;
  /** Creates what the call needs (through the API where possible) and returns the request. */
  request(env: ContractEnv): Promise<ContractRequest>;
}

/**
 * `{meetingId}` path values for UUIDs: Zoom requires double encoding when a UUID starts with `/`
 * or contains `//`; single encoding is enough otherwise.
 */
export function uuidSegment(uuid: string): string {
  const once = encodeURIComponent(uuid);
  return uuid.startsWith("/") || uuid.includes("//") ? encodeURIComponent(once) : once;
}

export function isoDate(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 24 * 3600_000).toISOString().slice(0, 10);
}
