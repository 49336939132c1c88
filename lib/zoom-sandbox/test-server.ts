/**
 * One sandbox per test file: started on a free port before the file's tests, closed after them,
 * and (with `beforeEachTest`) put back in shape before each test. `sandbox.base` is its URL.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startSandboxServer, type SandboxServer } from "./node-server";

export function sandboxPerFile(beforeEachTest?: (base: string) => Promise<unknown>): { readonly base: string; readonly server: SandboxServer } {
  let server: SandboxServer | undefined;
  beforeAll(async () => {
    server = await startSandboxServer({ port: 0 });
  });
  afterAll(() => server?.close());
  if (beforeEachTest) beforeEach(() => beforeEachTest(server!.url));
  return {
    get base() {
      return server!.url;
    },
    get server() {
      return server!;
    },
  };
}
