/**
 * The one setup every HTTP-level sandbox test shares: a standalone sandbox with a client and a
 * ContractEnv, started before the tests of the calling file (or describe block) and closed after.
 */
import { afterAll, beforeAll } from "vitest";
import { ContractEnv } from "./env";
import { startClient, type SandboxClient } from "./sandbox-client";

export function withContractSandbox(ready: (started: { client: SandboxClient; env: ContractEnv }) => unknown): void {
  let client: SandboxClient | undefined;
  beforeAll(async () => {
    client = await startClient();
    await ready({ client, env: new ContractEnv(client) });
  });
  afterAll(() => client?.close());
}
