/**
 * Every RouteDef the sandbox serves must name an operation of Zoom's documents with the same
 * method and path, and declare the document's own rate-limit label and scopes.
 */
import { describe, expect, it } from "vitest";
import { UNDOCUMENTED_OPERATIONS, restRoutes } from "../routes";
import type { RouteDef } from "../types";
import { documentedScopes, findOperation, findOperationsById, indexEntry } from "./operations";
import { specSuite } from "./spec-files";

const allRoutes: RouteDef[] = restRoutes;
const documented = allRoutes.filter((r) => !(r.operationId in UNDOCUMENTED_OPERATIONS));

/** The index writes RESOURCE-INTENSIVE; RouteDef uses an identifier-friendly underscore. */
const label = (raw: string | null | undefined) => raw?.replace("-", "_") ?? null;

const spec = specSuite("route table vs Zoom's documents");
const suite = spec.run ? describe : describe.skip;

suite(spec.title, () => {
  it("has no two routes for the same method and path", () => {
    const keys = allRoutes.map((r) => `${r.method} ${r.path}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it.each(documented.map((r) => [`${r.method} ${r.path}`, r] as const))("%s names its documented operation", (_name, route) => {
    const byId = findOperationsById(route.operationId);
    expect(byId.map((op) => `${op.method} ${op.path}`), `operationId ${route.operationId}`).toEqual([`${route.method} ${route.path}`]);
  });

  it.each(documented.map((r) => [r.operationId, r] as const))("%s declares the documented label and scopes", (_id, route) => {
    const op = findOperation(route.method, route.path)!;
    const row = indexEntry(route.method, route.path);
    expect(row, "endpoint-index row").toBeDefined();
    // Three Meetings operations have no label in the spec; a sandbox route must still pick one,
    // so only documented labels are compared.
    if (row!.rateLimitLabel) expect(route.rateLimit).toBe(label(row!.rateLimitLabel));
    expect([...route.scopes].sort()).toEqual(documentedScopes(op).sort());
    expect([...route.scopes].sort()).toEqual([...(row!.scopes ?? []), ...(row!.granularScopes ?? [])].sort());
  });

  it("keeps assumed (undocumented) operations out of the documents", () => {
    for (const [operationId, reason] of Object.entries(UNDOCUMENTED_OPERATIONS)) {
      const route = allRoutes.find((r) => r.operationId === operationId);
      expect(route, operationId).toBeDefined();
      expect(reason).toMatch(/assumption/);
      // If Zoom documents the path one day, the assumption must be replaced by the real contract.
      expect(findOperation(route!.method, route!.path), `${route!.method} ${route!.path} is now documented`).toBeUndefined();
      expect(findOperationsById(operationId)).toEqual([]);
    }
  });
});
