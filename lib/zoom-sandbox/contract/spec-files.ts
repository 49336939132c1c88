/**
 * Loads Zoom's API Hub OpenAPI documents and the derived endpoint index from `../shared/zoom-api`
 * (relative to the repo root). Test-only: the sandbox itself must never read these files, and the
 * project must not vendor them, so they are read from the shared folder when it exists.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const SPEC_DIR = resolve(REPO_ROOT, "../shared/zoom-api");

/** The three REST documents the sandbox implements operations from. */
export const SPEC_DOCUMENTS = {
  Meetings: "zoom-meetings.openapi.json",
  Users: "zoom-users.openapi.json",
  Mail: "zoom-mail.openapi.json",
} as const;

export type SpecName = keyof typeof SPEC_DOCUMENTS;

/** The parts of an OpenAPI 3.0 document the harness reads; everything else passes through untyped. */
export interface OpenApiOperation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> } | undefined>;
  security?: { openapi_oauth?: string[] }[];
  "x-extensions"?: { "x-macro-scopes"?: string[]; "x-granular-scopes"?: string[] };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

/** One row of endpoint-index.json (derived from the documents; the documents win on disagreement). */
export interface IndexEntry {
  method: string;
  path: string;
  operationId: string;
  rateLimitLabel: string | null;
  successStatus: string[];
  scopes: string[] | null;
  granularScopes: string[] | null;
  documentedErrors: Record<string, { code: number; message: string }[]>;
}

export function specsAvailable(): boolean {
  return (
    existsSync(resolve(SPEC_DIR, "endpoint-index.json")) &&
    Object.values(SPEC_DOCUMENTS).every((file) => existsSync(resolve(SPEC_DIR, file)))
  );
}

/**
 * `describe` when the documents are there, else `describe.skip` under a title that says why, so a
 * checkout without `../shared/zoom-api` reports skipped suites instead of failures.
 */
export function specSuite(title: string): { run: boolean; title: string } {
  return specsAvailable()
    ? { run: true, title: `${title} (${SPEC_DIR})` }
    : { run: false, title: `${title} — skipped: Zoom's OpenAPI documents are absent (no ${SPEC_DIR})` };
}

const cache = new Map<string, unknown>();

function readJson<T>(file: string): T {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(resolve(SPEC_DIR, file), "utf8")));
  return cache.get(file) as T;
}

export function loadDocument(name: SpecName): OpenApiDocument {
  return readJson<OpenApiDocument>(SPEC_DOCUMENTS[name]);
}

export function loadIndex(): IndexEntry[] {
  const index = readJson<{ apis: Record<string, { operations: IndexEntry[] }> }>("endpoint-index.json");
  return Object.values(index.apis).flatMap((api) => api.operations);
}
