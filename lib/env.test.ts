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

  it.each([
    [{ ZOOM_CLIENT_ID: "abc", ZOOM_CLIENT_SECRET: "" }, "ZOOM_CLIENT_SECRET", "ZOOM_CLIENT_ID"],
    [{ ZOOM_CLIENT_ID: "", ZOOM_CLIENT_SECRET: "def" }, "ZOOM_CLIENT_ID", "ZOOM_CLIENT_SECRET"],
    [{ ZOOM_S2S_CLIENT_ID: "s2s", ZOOM_S2S_CLIENT_SECRET: "" }, "ZOOM_S2S_CLIENT_SECRET", "ZOOM_S2S_CLIENT_ID"],
    [{ ZOOM_S2S_CLIENT_ID: "", ZOOM_S2S_CLIENT_SECRET: "s2s" }, "ZOOM_S2S_CLIENT_ID", "ZOOM_S2S_CLIENT_SECRET"],
  ])("stops instead of falling back to demo mode when only half a credential pair is set (%o)", async (vars, missing, present) => {
    const load = loadEnv({ ZOOM_CLIENT_ID: "", ZOOM_CLIENT_SECRET: "", ZOOM_S2S_CLIENT_ID: "", ZOOM_S2S_CLIENT_SECRET: "", ...vars });
    await expect(load).rejects.toMatchObject({
      name: "ConfigError",
      message: `Invalid environment variable ${missing}: missing while ${present} is set — set both, or neither for demo mode.`,
    });
  });

  it("listens on loopback only in demo mode, on every interface with Zoom credentials, and on HOST when set", async () => {
    const demo = await loadEnv({ ZOOM_CLIENT_ID: "", ZOOM_CLIENT_SECRET: "", HOST: "" });
    expect(demo.listenHost()).toBe("127.0.0.1");
    const zoom = await loadEnv({ ZOOM_CLIENT_ID: "abc", ZOOM_CLIENT_SECRET: "def", HOST: "" });
    expect(zoom.listenHost()).toBeUndefined();
    const exposed = await loadEnv({ ZOOM_CLIENT_ID: "", ZOOM_CLIENT_SECRET: "", HOST: "0.0.0.0" });
    expect(exposed.listenHost()).toBe("0.0.0.0");
  });
});
