import { afterEach, describe, expect, it, vi } from "vitest";

async function loadEnv(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  return import("./env");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("configuration", () => {
  it("works with nothing configured: demo sandbox mounted in the app", async () => {
    const { env, zoomConfig, appUrl } = await loadEnv({ ZOOM_CLIENT_ID: "", ZOOM_CLIENT_SECRET: "", PORT: "3000", APP_URL: "" });
    expect(env.PORT).toBe(3000);
    expect(appUrl).toBe("http://localhost:3000");
    expect(zoomConfig()).toMatchObject({
      mode: "sandbox",
      oauthBaseUrl: "http://localhost:3000/sandbox",
      apiBaseUrl: "http://127.0.0.1:3000/sandbox/v2",
      clientId: "sandbox_client_id",
    });
  });

  it("talks to the configured Zoom when credentials are set", async () => {
    const { zoomConfig } = await loadEnv({ ZOOM_CLIENT_ID: "abc", ZOOM_CLIENT_SECRET: "def", ZOOM_OAUTH_BASE_URL: "", ZOOM_API_BASE_URL: "" });
    expect(zoomConfig()).toMatchObject({ mode: "zoom", oauthBaseUrl: "https://zoom.us", apiBaseUrl: "https://api.zoom.us/v2", clientId: "abc" });
  });

  it("reports Zoom as unconfigured when the sandbox is off and no credentials are set", async () => {
    const { zoomConfig } = await loadEnv({ ZOOM_CLIENT_ID: "", ZOOM_CLIENT_SECRET: "", ZOOM_SANDBOX: "off" });
    expect(zoomConfig().mode).toBe("unconfigured");
  });

  it.each([
    ["PORT", "eighty", /^Invalid environment variable PORT: .+\.$/],
    ["DATABASE_URL", "mysql://x", /^Invalid environment variable DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\/\.$/],
    ["TOKEN_ENCRYPTION_KEYS", "k1:short", /^Invalid environment variable TOKEN_ENCRYPTION_KEYS: must be comma-separated kid:key pairs/],
    ["AUTH_SECRET", "too-short", /^Invalid environment variable AUTH_SECRET: must be at least 32 characters\.$/],
  ])("stops with one sentence naming %s when it is wrong", async (name, value, message) => {
    await expect(loadEnv({ [name]: value })).rejects.toThrow(message);
  });
});
