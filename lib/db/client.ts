/**
 * The Prisma client (PostgreSQL through the pg driver adapter; no native engine).
 * One per process, reused across hot reloads in development.
 */
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

/** A client for `url`; the app uses db(), tests that play several instances create their own. */
export function createDbClient(url: string, options: { max?: number } = {}) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: options.max ?? 10 }), omit: omitSealed });
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
