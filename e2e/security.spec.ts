/**
 * Security checks as tests, run against the e2e stack's own database and pages:
 * - the database never holds a Zoom token, device code or client secret in plaintext;
 * - no HTML page, RSC payload, JSON answer or JS chunk served to the browser contains one.
 * The plaintext values are found by opening the sealed columns with the stack's own key
 * (DATA_DIR/secrets.json) — which also proves every stored value is sealed and opens.
 * Self-contained (it creates an S2S connection, a pending device code and a refresh first); it
 * sees most when run after the other specs.
 */
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import pg from "pg";
import { open } from "../lib/crypto/aes-gcm";
import { expect, test } from "./fixtures";
import { people, storageStates } from "./auth-flows";
import { e2eStack } from "./stack";

const SEALED = /^v1\.[A-Za-z0-9_-]{1,32}\.[\w-]+\.[\w-]+\.[\w-]+$/;
const S2S_SECRET = "sandbox_client_secret";
const sealedColumns = {
  ZoomConnection: ["accessTokenEnc", "refreshTokenEnc", "clientSecretEnc"],
  DeviceAuthorization: ["deviceCodeEnc"],
} as const;

function stackDatabase() {
  const { dataDir } = e2eStack();
  const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as {
    embeddedDbPassword: string;
    encryptionKeys: { id: string; key: string }[];
  };
  // postmaster.pid: pid, data dir, start time, port, …
  const port = Number(fs.readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[3]);
  return {
    url: `postgresql://postgres:${encodeURIComponent(secrets.embeddedDbPassword)}@127.0.0.1:${port}/dashboard`,
    keys: secrets.encryptionKeys.map(({ id, key }) => ({ id, key: Buffer.from(key, "base64") })),
  };
}

async function withDatabase<T>(work: (client: pg.Client, keys: ReturnType<typeof stackDatabase>["keys"]) => Promise<T>): Promise<T> {
  const { url, keys } = stackDatabase();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client, keys);
  } finally {
    await client.end();
  }
}

/** Every secret the vault holds, opened; fails if any stored value is not sealed. */
async function openedSecrets(): Promise<{ secrets: string[]; sealed: string[] }> {
  return withDatabase(async (client, keys) => {
    const secrets: string[] = [];
    const sealed: string[] = [];
    for (const [table, columns] of Object.entries(sealedColumns)) {
      for (const column of columns) {
        const { rows } = await client.query<{ value: string | null }>(`SELECT "${column}" AS value FROM "${table}"`);
        for (const { value } of rows) {
          if (value === null) continue;
          expect(value, `${table}.${column} is sealed`).toMatch(SEALED);
          sealed.push(value);
          secrets.push(open(value, keys, `${table}.${column}`));
        }
      }
    }
    return { secrets, sealed };
  });
}

async function databaseText(): Promise<string> {
  return withDatabase(async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`);
    const parts: string[] = [];
    for (const { name } of tables) {
      const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${name}" t`);
      parts.push(...rows.map((r) => r.row));
    }
    return parts.join("\n");
  });
}

const pages = ["/", "/signin", "/settings", "/settings/connections", "/settings/members", "/meetings", "/webinars", "/recordings", "/users", "/mail"];
const jsonRoutes = [
  "/api/auth/session",
  "/api/connections",
  "/api/connections/alerts",
  "/api/connections/check",
  "/api/connections/check?level=account",
  "/api/workspace/members",
  "/api/zoom/home",
  "/api/zoom/meetings",
  "/api/zoom/users",
];

/** Everything the browser can be served as this person: pages (HTML and RSC payload), JSON, and the JS chunks pages load. */
async function servedToBrowser(request: APIRequestContext): Promise<{ url: string; body: string }[]> {
  const served: { url: string; body: string }[] = [];
  const chunks = new Set<string>();
  for (const url of pages) {
    const html = await (await request.get(url)).text();
    served.push({ url, body: html });
    for (const match of html.matchAll(/\/_next\/static\/[^"'\s)]+\.js/g)) chunks.add(match[0]);
    served.push({ url: `${url} (RSC)`, body: await (await request.get(url, { headers: { RSC: "1" } })).text() });
  }
  for (const url of jsonRoutes) served.push({ url, body: await (await request.get(url)).text() });
  // Recordings: the list, and two recordings' detail as JSON and as a page (Zoom's download links and tokens must stay on the server).
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const listUrl = `/api/zoom/recordings?from=${day(-150)}&to=${day(1)}`;
  const list = await (await request.get(listUrl)).text();
  served.push({ url: listUrl, body: list });
  const recordings = list.startsWith("{") ? ((JSON.parse(list) as { recordings?: { uuid: string }[] }).recordings ?? []) : [];
  for (const { uuid } of recordings.slice(0, 2)) {
    const id = uuid.replace(/\//g, "_").replace(/\+/g, "-");
    served.push({ url: `/api/zoom/recordings/${id}`, body: await (await request.get(`/api/zoom/recordings/${id}`)).text() });
    served.push({ url: `/recordings/${id}`, body: await (await request.get(`/recordings/${id}`)).text() });
  }
  for (const url of chunks) served.push({ url, body: await (await request.get(url)).text() });
  return served;
}

test.describe("secrets never leave the vault", () => {
  test.describe.configure({ mode: "serial" });

  test("after sign-ins, a refresh, an S2S connection and a device code: nothing in plaintext, nothing served", async ({ playwright, sandbox }) => {
    test.setTimeout(120_000);
    const baseURL = e2eStack().appUrl;
    const owner = await playwright.request.newContext({ baseURL, storageState: storageStates.owner });
    const member = await playwright.request.newContext({ baseURL, storageState: storageStates.member });
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStates.admin });
    try {
      // Put every kind of secret into the vault: S2S client secret, a pending device code, rotated tokens.
      const s2s = await owner.post("/api/connections/s2s", { data: { source: "form", accountId: "sandbox_account", clientId: "sandbox_client_id", clientSecret: S2S_SECRET } });
      expect(s2s.status(), await s2s.text()).toBe(200);
      const device = await member.post("/api/connections/device");
      expect(device.status()).toBe(200);
      const users = await sandbox.control<{ id: string; email: string }[]>("GET", "/users");
      await sandbox.control("POST", "/tokens/expire", { userId: users.find((u) => u.email === people.owner.email)!.id });
      expect((await owner.get("/api/connections/check")).status()).toBe(200);

      const { secrets, sealed } = await openedSecrets();
      expect(secrets).toContain(S2S_SECRET);
      expect(secrets.length).toBeGreaterThanOrEqual(6);

      const stored = await databaseText();
      const inDatabase = secrets.filter((secret) => stored.includes(secret));
      expect(inDatabase, "plaintext secrets found in the database").toEqual([]);

      const needles = [...secrets, ...sealed];
      for (const [who, request] of [["owner", owner], ["admin", admin], ["member", member]] as const) {
        const served = await servedToBrowser(request);
        expect(served.length).toBeGreaterThan(pages.length * 2);
        const leaks = served.flatMap(({ url, body }) => needles.filter((needle) => body.includes(needle)).map(() => url));
        expect(leaks, `secrets served to the ${who}`).toEqual([]);
        // Recording files reach the browser only through the dashboard's own route, never as Zoom's (tokenised) download links.
        const zoomLinks = served.filter(({ body }) => /\/rec\/download|download_access_token|[?&]access_token=/.test(body)).map(({ url }) => url);
        expect(zoomLinks, `Zoom recording links served to the ${who}`).toEqual([]);
      }

      // Clean up what this test created.
      const overview = await (await owner.get("/api/connections")).json();
      expect((await owner.delete(`/api/connections/${overview.account.id}`)).status()).toBe(200);
      expect((await member.delete(`/api/connections/device/${(await device.json()).id}`)).status()).toBe(204);
    } finally {
      await Promise.all([owner.dispose(), member.dispose(), admin.dispose()]);
    }
  });
});
