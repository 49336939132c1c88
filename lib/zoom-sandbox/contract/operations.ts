/** Finds operations in the loaded documents by operationId or by method + path. */
import { type IndexEntry, type OpenApiOperation, type SpecName, SPEC_DOCUMENTS, loadDocument, loadIndex } from "./spec-files";

export interface LocatedOperation {
  spec: SpecName;
  method: string;
  path: string;
  operation: OpenApiOperation;
}

let byId: Map<string, LocatedOperation[]> | undefined;

function allOperations(): Map<string, LocatedOperation[]> {
  if (byId) return byId;
  byId = new Map();
  for (const spec of Object.keys(SPEC_DOCUMENTS) as SpecName[]) {
    for (const [path, item] of Object.entries(loadDocument(spec).paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!operation || typeof operation !== "object" || !("operationId" in operation)) continue;
        const located = { spec, method: method.toUpperCase(), path, operation };
        byId.set(operation.operationId, [...(byId.get(operation.operationId) ?? []), located]);
      }
    }
  }
  return byId;
}

/** Every document operation with this id (Zoom's ids are unique within a document, not across them). */
export function findOperationsById(operationId: string): LocatedOperation[] {
  return allOperations().get(operationId) ?? [];
}

export function findOperation(method: string, path: string): LocatedOperation | undefined {
  for (const list of allOperations().values()) {
    const hit = list.find((op) => op.method === method.toUpperCase() && op.path === path);
    if (hit) return hit;
  }
  return undefined;
}

/** The operation a RouteDef points at: same id, method and path. Throws when there is none. */
export function requireOperation(operationId: string, method?: string, path?: string): LocatedOperation {
  const candidates = findOperationsById(operationId).filter(
    (op) => (!method || op.method === method.toUpperCase()) && (!path || op.path === path),
  );
  if (candidates.length !== 1) {
    throw new Error(`operation ${operationId} ${method ?? ""} ${path ?? ""} found ${candidates.length} times`);
  }
  return candidates[0];
}

export function indexEntry(method: string, path: string): IndexEntry | undefined {
  return loadIndex().find((row) => row.method === method.toUpperCase() && row.path === path);
}

/** The scopes a route must declare: what the document's `security.openapi_oauth` lists (macro + granular). */
export function documentedScopes(op: LocatedOperation): string[] {
  const fromSecurity = op.operation.security?.flatMap((s) => s.openapi_oauth ?? []) ?? [];
  const ext = op.operation["x-extensions"] ?? {};
  return [...new Set([...fromSecurity, ...(ext["x-macro-scopes"] ?? []), ...(ext["x-granular-scopes"] ?? [])])];
}
