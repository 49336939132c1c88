/**
 * The vault is the only door to tokens: no file outside lib/auth/token-vault.ts and lib/auth/vault/
 * may name a sealed column or import the vault's internals. A test, so a new code path that
 * reaches for a token directly fails CI instead of slipping through review.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const scanned = ["app", "components", "lib", "scripts", "e2e"];
const allowed = (file: string) =>
  file === "lib/auth/token-vault.ts" ||
  // Names them only to omit them from every query by default.
  file === "lib/db/client.ts" ||
  // The security audit reads them raw, to prove they hold no plaintext.
  file === "e2e/security.spec.ts" || file.startsWith("lib/auth/vault/") || file.startsWith("lib/generated/") || file.endsWith(".test.ts");

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [path.relative(root, full)] : [];
  });
}

describe("token vault boundary", () => {
  it("keeps sealed columns and vault internals inside the vault", () => {
    const offenders = scanned
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => !allowed(file))
      .filter((file) => {
        const text = fs.readFileSync(path.join(root, file), "utf8");
        return /\b(accessTokenEnc|refreshTokenEnc|clientSecretEnc|deviceCodeEnc)\b/.test(text) || /@\/lib\/auth\/vault\/(sealed-columns|renew|credentials)/.test(text);
      });
    expect(offenders).toEqual([]);
  });
});
