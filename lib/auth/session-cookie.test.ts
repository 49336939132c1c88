import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function cookieFor(appUrl: string) {
  vi.stubEnv("APP_URL", appUrl);
  vi.resetModules();
  return import("@/lib/auth/session-cookie");
}

describe("session cookie", () => {
  it("is Secure with the __Secure- prefix behind https", async () => {
    const cookie = await cookieFor("https://dashboard.example.com");
    expect(cookie.sessionCookieName).toBe("__Secure-next-auth.session-token");
    expect(cookie.sessionCookieOptions).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
  });

  it("stays usable on plain http (local and demo), still httpOnly and SameSite=Lax", async () => {
    const cookie = await cookieFor("http://localhost:3000");
    expect(cookie.sessionCookieName).toBe("next-auth.session-token");
    expect(cookie.sessionCookieOptions).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });
});
