/**
 * Prisma's schema engine as WebAssembly, so migrations work on machines that cannot download
 * Prisma's native engine. This is Prisma's internal API: package.json pins exact versions of
 * prisma, @prisma/adapter-pg, @prisma/driver-adapter-utils and @prisma/schema-engine-wasm, and
 * lib/db/migrate.test.ts covers it. Machines with internet can use `prisma migrate deploy` on the
 * same prisma/migrations folder: both record into `_prisma_migrations`.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type EngineModule = typeof import("@prisma/schema-engine-wasm");

let loaded: Promise<EngineModule> | undefined;

/** Node 20 cannot `import` a .wasm file, so instantiate it by hand with its JS glue as imports. */
async function loadEngineModule(): Promise<EngineModule> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as EngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as never });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return glue;
}

export interface EngineHandle {
  engine: SchemaEngine;
  schemaPath: string;
  schemaContent: string;
  close(): void;
}

export async function openSchemaEngine(databaseUrl: string, schemaPath: string): Promise<EngineHandle> {
  loaded ??= loadEngineModule();
  const mod = await loaded;
  const schemaContent = fs.readFileSync(schemaPath, "utf8");
  // A bare adapter factory fails inside the engine; it must be wrapped for error capture.
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }));
  const logs: string[] = [];
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaContent]] },
    (line: string) => logs.push(line),
    factory,
  );
  return { engine, schemaPath, schemaContent, close: () => engine.free() };
}
