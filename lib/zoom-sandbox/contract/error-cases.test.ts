/**
 * Error contract of the registrant, recording, caption, live-event and mail operations: documented status, Zoom's `{code, message}` body, and
 * (where the index lists codes for that status) a code Zoom lists or its generic 300.
 */
import { describe, expect, it } from "vitest";
import { restRoutes } from "../routes";
import { errorCases } from "./cases/error-cases";
import type { ContractEnv } from "./env";
import { indexEntry, requireOperation } from "./operations";
import type { SandboxClient } from "./sandbox-client";
import { specSuite } from "./spec-files";
import { withContractSandbox } from "./contract-sandbox";

const spec = specSuite("error responses of the resource operations vs Zoom's documents");
const suite = spec.run ? describe : describe.skip;

suite(spec.title, () => {
  let client: SandboxClient;
  let env: ContractEnv;

  withContractSandbox((started) => ({ client, env } = started));

  it.each(errorCases.map((c) => [c.name, c] as const))("%s", async (_name, errorCase) => {
    const route = restRoutes.find((r) => r.operationId === errorCase.operationId)!;
    const req = await errorCase.request(env);
    const res = await client.api(route.method, req.path, { query: req.query, body: req.body, token: req.token });
    expect(res.status, res.text).toBe(errorCase.expect.status);
    expect(res.body).toEqual({ code: errorCase.expect.code, message: expect.any(String), ...(res.body?.errors ? { errors: res.body.errors } : {}) });
    const documented = Object.keys(requireOperation(errorCase.operationId).operation.responses);
    if (errorCase.undocumentedStatus) expect(documented).not.toContain(String(res.status));
    else expect(documented).toContain(String(res.status));
    const codes = (indexEntry(route.method, route.path)?.documentedErrors[String(res.status)] ?? []).map((e) => e.code);
    if (codes.length && !errorCase.undocumentedCode) expect([...codes, 300]).toContain(res.body.code);
    if (errorCase.undocumentedCode) expect(codes).not.toContain(res.body.code);
  });
});
