/**
 * Contract tests over real HTTP: for every implemented operation, a valid request (its body first
 * checked against the document's request schema) must get a documented success status whose body
 * matches the document's response schema. The case table is data; the coverage test fails when an
 * implemented operation has no case, which is how "every operation" is kept true as routes land.
 */
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { UNDOCUMENTED_OPERATIONS, restRoutes } from "../routes";
import type { RouteDef } from "../types";
import { coreCases } from "./cases/core-cases";
import { resourceCases, undocumentedCases } from "./cases/resource-cases";
import type { ContractCase, ContractRequest } from "./cases/types";
import type { ContractEnv } from "./env";
import type { SandboxClient } from "./sandbox-client";
import { specSuite } from "./spec-files";
import { withContractSandbox } from "./contract-sandbox";
import { successStatuses, validateRequest, validateResponse } from "./validator";

const routes: RouteDef[] = restRoutes;
const documentedCases: ContractCase[] = [...coreCases, ...resourceCases];
const allCaseIds = [...documentedCases, ...undocumentedCases].map((c) => c.operationId);

function routeOf(operationId: string): RouteDef {
  const route = routes.find((r) => r.operationId === operationId);
  if (!route) throw new Error(`no route implements ${operationId}`);
  return route;
}

/** True when `path` (encoded, without /v2) is an instance of the route's template. */
function fitsTemplate(template: string, path: string): boolean {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
  return new RegExp(`^${pattern}$`).test(path);
}

async function call(client: SandboxClient, route: RouteDef, req: ContractRequest) {
  expect(fitsTemplate(route.path, req.path), `${req.path} is not an instance of ${route.path}`).toBe(true);
  const res = await client.api(route.method, req.path, { query: req.query, body: req.body, token: req.token });
  return { ...res, body: res.text === "" ? undefined : res.body };
}

describe("contract coverage", () => {
  it("has exactly one case for every implemented operation, and none for operations that do not exist", () => {
    const implemented = routes.map((r) => r.operationId).sort();
    expect([...allCaseIds].sort()).toEqual(implemented);
  });

  it("keeps the undocumented operations out of the Zoom-schema cases", () => {
    for (const c of documentedCases) expect(UNDOCUMENTED_OPERATIONS).not.toHaveProperty(c.operationId);
    for (const c of undocumentedCases) expect(UNDOCUMENTED_OPERATIONS).toHaveProperty(c.operationId);
  });
});

const spec = specSuite("contract over HTTP against Zoom's documents");
const suite = spec.run ? describe : describe.skip;

suite(spec.title, () => {
  let client: SandboxClient;
  let env: ContractEnv;

  withContractSandbox((started) => ({ client, env } = started));

  it.each(documentedCases.map((c) => [c.operationId, c] as const))("%s", async (operationId, contractCase) => {
    const route = routeOf(operationId);
    const req = await contractCase.request(env);
    if (req.body !== undefined) {
      expect(validateRequest(operationId, req.body).errors, "request body vs request schema").toEqual([]);
    }
    const res = await call(client, route, req);
    expect(successStatuses(operationId), `status ${res.status}: ${res.text.slice(0, 300)}`).toContain(res.status);
    expect(validateResponse(operationId, res.status, res.body).errors, "response body vs response schema").toEqual([]);
  });

  it.each(undocumentedCases.map((c) => [c.operationId, c] as const))("%s (sandbox-assumed contract)", async (operationId, contractCase) => {
    const req = await contractCase.request(env);
    const res = await call(client, routeOf(operationId), req);
    expect(res.status).toBe(contractCase.expect.status);
    const validate = new Ajv({ strict: false }).compile(contractCase.expect.schema);
    expect(validate(res.body), JSON.stringify(validate.errors)).toBe(true);
  });
});
