/**
 * Demo mode without APP_URL: the mounted sandbox's consent page accepts the dashboard's callback on
 * the same host the page was asked for on (the address the person's browser uses), and nothing else.
 */
import { describe, expect, it } from "vitest";
import { createSandbox } from "@/lib/zoom-sandbox";

const sandbox = createSandbox({ baseUrl: "http://127.0.0.1:3000/sandbox", basePath: "/sandbox", control: false, sameHostRedirectPath: "/api/auth/callback/zoom" });

function authorize(host: string, redirectUri: string) {
  const url = `http://${host}/sandbox/oauth/authorize?response_type=code&client_id=sandbox_client_id&state=s&redirect_uri=${encodeURIComponent(redirectUri)}`;
  return sandbox.fetch(new Request(url, { headers: { host } }));
}

describe("same-host redirect URIs", () => {
  it.each(["127.0.0.1:3000", "localhost:3000", "dashboard.lan:3000", "192.168.1.20:3000"])("accepts the callback on the address the consent page was opened at (%s)", async (host) => {
    const res = await authorize(host, `http://${host}/api/auth/callback/zoom`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(`http://${host}/api/auth/callback/zoom`);
  });

  it.each([
    ["another host", "localhost:3000", "http://evil.example/api/auth/callback/zoom"],
    ["another path", "dashboard.lan:3000", "http://dashboard.lan:3000/steal"],
    ["an extra query", "dashboard.lan:3000", "http://dashboard.lan:3000/api/auth/callback/zoom?next=//evil.example"],
    ["another port", "dashboard.lan:3000", "http://dashboard.lan:3001/api/auth/callback/zoom"],
  ])("refuses %s with Zoom's 4709 page", async (_name, host, uri) => {
    const res = await authorize(host, uri);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("4709");
  });
});
