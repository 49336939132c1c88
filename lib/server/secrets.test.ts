import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

async function loadSecrets(vars: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  return import("./secrets");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("generated secrets", () => {
  it("are generated once into DATA_DIR (owner-only) and reused by later starts", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"));
    const first = (await loadSecrets({ DATA_DIR: dataDir, AUTH_SECRET: "", TOKEN_ENCRYPTION_KEYS: "" })).appSecrets();
    const file = path.join(dataDir, "secrets.json");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(first.encryptionKeys[0]!.key).toHaveLength(32);
    const second = (await loadSecrets({ DATA_DIR: dataDir, AUTH_SECRET: "", TOKEN_ENCRYPTION_KEYS: "" })).appSecrets();
    expect(second.authSecret).toBe(first.authSecret);
    expect(second.encryptionKeys[0]!.key.equals(first.encryptionKeys[0]!.key)).toBe(true);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("come from configuration when it is set, in key order", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"));
    const k2 = Buffer.alloc(32, 2).toString("base64");
    const k1 = Buffer.alloc(32, 1).toString("base64");
    const { appSecrets } = await loadSecrets({ DATA_DIR: dataDir, AUTH_SECRET: "x".repeat(40), TOKEN_ENCRYPTION_KEYS: `k2:${k2},k1:${k1}` });
    const secrets = appSecrets();
    expect(secrets.authSecret).toBe("x".repeat(40));
    expect(secrets.encryptionKeys.map((key) => key.id)).toEqual(["k2", "k1"]);
    expect(secrets.encryptionKeys[0]!.key.equals(Buffer.alloc(32, 2))).toBe(true);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("keep DATA_DIR owner-only: created 0700, and an older 0755 folder with 0644 secrets files tightened", async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"));
    const fresh = path.join(parent, "fresh", "data");
    const { appSecrets, secureDataDir } = await loadSecrets({ DATA_DIR: fresh, AUTH_SECRET: "", TOKEN_ENCRYPTION_KEYS: "" });
    appSecrets();
    expect(fs.statSync(fresh).mode & 0o777).toBe(0o700);

    const old = path.join(parent, "old");
    fs.mkdirSync(old, { mode: 0o755 });
    fs.chmodSync(old, 0o755);
    for (const name of ["secrets.json", "sandbox-state.json", "sandbox-state.json.corrupt-1", "notes.txt"]) {
      fs.writeFileSync(path.join(old, name), "{}", { mode: 0o644 });
      fs.chmodSync(path.join(old, name), 0o644);
    }
    secureDataDir(old);
    const mode = (name: string) => fs.statSync(path.join(old, name)).mode & 0o777;
    expect(mode(".")).toBe(0o700);
    expect(mode("secrets.json")).toBe(0o600);
    expect(mode("sandbox-state.json")).toBe(0o600);
    expect(mode("sandbox-state.json.corrupt-1")).toBe(0o600);
    expect(mode("notes.txt")).toBe(0o644);
    fs.rmSync(parent, { recursive: true, force: true });
  });
});
