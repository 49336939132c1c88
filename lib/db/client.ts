/**
 * The Prisma client (PostgreSQL through the pg driver adapter; no native engine).
 * One per process, reused across hot reloads in development.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the dashboard with `npm start`, which provides the embedded database.");
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

/** Lazily created so that importing this module (e.g. during `next build`) never connects. */
export function db() {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}
