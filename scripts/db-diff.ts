/** `npm run db:diff -- <name>`: writes a migration for the schema changes since the last one. */
import { withDatabase } from "./lib/with-database";
import { createMigration } from "@/lib/db/migrate";

const name = process.argv[2] ?? "change";
await withDatabase(async (url) => {
  const folder = await createMigration(url, name);
  console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql` : "No schema changes: nothing to write.");
});
