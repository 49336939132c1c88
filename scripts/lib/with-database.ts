/** Runs `work` against DATABASE_URL, or starts (and afterwards stops) the embedded database. */
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { dataDir, env } from "@/lib/env";
import { appSecrets } from "@/lib/server/secrets";

export async function withDatabase(work: (url: string) => Promise<void>): Promise<void> {
  if (env.DATABASE_URL) return work(env.DATABASE_URL);
  const db = await startEmbeddedPostgres({
    dir: path.join(dataDir, "postgres"),
    password: appSecrets().embeddedDbPassword,
  });
  try {
    await work(db.url);
  } finally {
    await db.stop();
  }
}
