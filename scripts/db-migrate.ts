/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database. */
import { withDatabase } from "./lib/with-database";
import { applyMigrations } from "@/lib/db/migrate";

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date.");
});
