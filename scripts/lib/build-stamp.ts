/**
 * Whether `.next` holds a production build of the current sources. `npm start` builds only when
 * it does not, so a fresh clone builds once and later starts are fast.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const inputs = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const stampFile = path.join(".next", "source-hash");

function walk(entry: string, hash: ReturnType<typeof createHash>) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) {
      if (name === "node_modules" || name.endsWith(".test.ts") || name.endsWith(".test.tsx")) continue;
      walk(path.join(entry, name), hash);
    }
  } else {
    hash.update(entry).update(fs.readFileSync(entry));
  }
}

export function sourceHash(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const input of inputs) walk(path.join(root, input), hash);
  return hash.digest("hex");
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, stampFile);
  return fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === sourceHash(root);
}

/** `hash` is the sources' hash taken *before* building, so an edit made during the build is not marked as built. */
export function writeBuildStamp(root = process.cwd(), hash = sourceHash(root)) {
  fs.writeFileSync(path.join(root, stampFile), hash);
}
