/**
 * Named prepared statements against a real PostgreSQL: the app's queries are parsed once per
 * connection and reused, and DATABASE_PREPARED_STATEMENTS=off (for transaction-mode poolers)
 * leaves them unnamed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startInProcessStack, type AuthStack } from "../../tests/integration/auth/stack";

let stack: AuthStack;
let m: typeof import("@/lib/db/client");

beforeAll(async () => {
  stack = await startInProcessStack();
  m = await import("@/lib/db/client");
});

afterAll(async () => {
  await stack?.stop();
});

/** The statements prepared on the client's one connection, by our naming scheme. */
async function prepared(client: ReturnType<typeof m.createDbClient>) {
  const rows = await client.$queryRaw<{ name: string }[]>`SELECT name FROM pg_prepared_statements WHERE name LIKE 'zd\\_%'`;
  return rows.map((row) => row.name);
}

describe("prepared statements", () => {
  it("names each query text once and reuses it on the connection", async () => {
    const client = m.createDbClient(stack.database.url, { max: 1, preparedStatements: true });
    try {
      for (let i = 0; i < 3; i++) await client.workspace.findMany({ where: { name: `w${i}` } });
      const names = await prepared(client);
      // One statement for the three findMany calls (same text, different parameters), one for the listing itself.
      expect(names.length).toBe(2);
      expect(new Set(names).size).toBe(names.length);
      expect(m.statementName({ sql: "SELECT 1" })).toBe(m.statementName({ sql: "SELECT 1" }));
    } finally {
      await client.$disconnect();
    }
  });

  it("prepares nothing by name when turned off", async () => {
    const client = m.createDbClient(stack.database.url, { max: 1, preparedStatements: false });
    try {
      await client.workspace.findMany({ where: { name: "x" } });
      expect(await prepared(client)).toEqual([]);
    } finally {
      await client.$disconnect();
    }
  });
});
