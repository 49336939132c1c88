/**
 * The Prisma client (PostgreSQL through the pg driver adapter; no native engine).
 * One per process, reused across hot reloads in development.
 */
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Sealed token columns are left out of every query unless one explicitly selects them — which only
 * the token vault does (lib/auth/token-vault.ts). A stray `findMany()` therefore cannot carry
 * ciphertext, let alone a token, into a response.
 */
const omitSealed = {
  zoomConnection: { accessTokenEnc: true, refreshTokenEnc: true, clientSecretEnc: true },
  deviceAuthorization: { deviceCodeEnc: true },
} as const;

/**
 * Each distinct query text gets a stable statement name, so PostgreSQL parses and plans it once per
 * connection instead of on every call. Prisma's queries are parameterised, so the set of texts is
 * small and fixed. Names are per connection: a transaction-mode pooler that moves a client between
 * server connections must support them (PgBouncer ≥ 1.21 with `max_prepared_statements`), or set
 * DATABASE_PREPARED_STATEMENTS=off.
 */
const statementNames = new Map<string, string>();
export function statementName(query: { sql: string }): string {
  let name = statementNames.get(query.sql);
  if (!name) {
    name = `zd_${createHash("sha1").update(query.sql).digest("hex").slice(0, 20)}`;
    statementNames.set(query.sql, name);
  }
  return name;
}

/** A client for `url`; the app uses db(), tests that play several instances create their own. */
export function createDbClient(url: string, options: { max?: number; preparedStatements?: boolean } = {}) {
  const named = options.preparedStatements ?? env.DATABASE_PREPARED_STATEMENTS === "on";
  const adapter = new PrismaPg({ connectionString: url, max: options.max ?? 10 }, named ? { statementNameGenerator: statementName } : undefined);
  return new PrismaClient({ adapter, omit: omitSealed });
}

export type Db = ReturnType<typeof createDbClient>;

function createClient(): Db {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the dashboard with `npm start`, which provides the embedded database.");
  }
  return createDbClient(env.DATABASE_URL);
}

const globalForPrisma = globalThis as unknown as { prisma?: Db };

/** Lazily created so that importing this module (e.g. during `next build`) never connects. */
export function db(): Db {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}
