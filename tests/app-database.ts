/**
 * A fresh, migrated database behind the app's own `db()`, for tests that call routes or services in
 * the test process (no dashboard started): the write budget, for one, lives in PostgreSQL.
 * `db()` is created lazily and kept on `globalThis.prisma` (lib/db/client.ts), so handing it a
 * client here works however early lib/env.ts was imported.
 */
import { createDbClient, type Db } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "./db";

export interface AppDatabase {
  url: string;
  /** The client `db()` now returns. */
  client: Db;
  release(): Promise<void>;
}

const holder = globalThis as { prisma?: Db };

export async function useAppDatabase(): Promise<AppDatabase> {
  const database: TestDatabase = await createTestDatabase();
  const client = createDbClient(database.url);
  holder.prisma = client;
  return {
    url: database.url,
    client,
    async release() {
      if (holder.prisma === client) holder.prisma = undefined;
      await client.$disconnect();
      await database.drop();
    },
  };
}
