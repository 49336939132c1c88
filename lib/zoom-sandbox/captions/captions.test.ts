import { describe, expect, it } from "vitest";
import type { ContractEnv } from "../contract/env";
import type { SandboxClient } from "../contract/sandbox-client";
import { withContractSandbox } from "../contract/contract-sandbox";

let client: SandboxClient;
let env: ContractEnv;

withContractSandbox((started) => ({ client, env } = started));

async function captionUrlFor(meetingId: number): Promise<string> {
  const res = await client.api("GET", `/meetings/${meetingId}/token`, { query: { type: "closed_caption_token" } });
  expect(res.status).toBe(200);
  return res.body.token;
}

function post(url: string, seq: number, text: string, contentType = "text/plain") {
  return fetch(`${url}&seq=${seq}&lang=en-US`, { method: "POST", headers: { "content-type": contentType }, body: text });
}

describe("closed caption token", () => {
  it("is a caption URL on the sandbox host with Zoom's signed parameters", async () => {
    const m = await env.meeting();
    const url = new URL(await captionUrlFor(m.id));
    expect(`${url.origin}${url.pathname}`).toBe(`${client.url}/closedcaption`);
    expect(url.searchParams.get("id")).toBe(String(m.id));
    expect(url.searchParams.get("expire")).toBe("86400");
    expect(url.searchParams.get("spparams")).toBe("id,ns,expire");
    expect(url.searchParams.get("signature")).toBeTruthy();
  });

  it("needs both caption settings on the host, and a started webinar for webinars", async () => {
    const m = await env.meeting();
    const owner = env.owner();
    await client.control("PUT", `/caption-settings/${owner.id}`, { third_party_captioning_service: false });
    const off = await client.api("GET", `/meetings/${m.id}/token`);
    expect(off.status).toBe(400);
    expect(off.body.code).toBe(3000);
    expect(off.body.message).toMatch(/^Closed captioning disabled/);
    await client.control("PUT", `/caption-settings/${owner.id}`, { third_party_captioning_service: true });

    const w = await env.webinar();
    const notStarted = await client.api("GET", `/webinars/${w.id}/token`);
    expect(notStarted.body).toEqual({ code: 3000, message: `Webinar ${w.id} has not started.` });
    await env.goLive("webinars", w.id);
    expect((await client.api("GET", `/webinars/${w.id}/token`)).status).toBe(200);

    const badType = await client.api("GET", `/meetings/${m.id}/token`, { query: { type: "zak" } });
    expect(badType.body).toMatchObject({ code: 300, errors: [{ field: "type" }] });
  });
});

describe("caption ingestion", () => {
  it("accepts increasing seq while the meeting is live, ignores retries, and reports the last seq", async () => {
    const m = await env.meeting();
    const url = await captionUrlFor(m.id);
    const early = await post(url, 1, "too early");
    expect(early.status).toBe(400);

    await env.goLive("meetings", m.id);
    expect((await post(url, 1, "I'M SENDING ")).status).toBe(200);
    expect((await post(url, 1, "I'M SENDING ")).status).toBe(200); // a retry keeps its seq
    expect((await post(url, 2, "SEVERAL CAPTIONS.\n")).status).toBe(200);
    expect((await post(url, 1, "stale")).status).toBe(400);

    const seqUrl = url.replace("/closedcaption?", "/closedcaption/seq?");
    expect(await (await fetch(seqUrl)).text()).toBe("2");

    const stored = await client.control("GET", `/captions?meetingId=${m.id}`);
    expect(stored.body.captions.map((c: { seq: number; text: string; lang: string }) => [c.seq, c.text, c.lang])).toEqual([
      [1, "I'M SENDING ", "en-US"],
      [2, "SEVERAL CAPTIONS.\n", "en-US"],
    ]);
  });

  it("answers 403 without seq or with a bad signature, 400 for a non-text body, 405 for GET", async () => {
    const m = await env.meeting();
    await env.goLive("meetings", m.id);
    const url = await captionUrlFor(m.id);
    expect((await fetch(url, { method: "POST", headers: { "content-type": "text/plain" }, body: "x" })).status).toBe(403);
    const forged = url.replace(/signature=[^&]+/, "signature=forged");
    expect((await post(forged, 1, "x")).status).toBe(403);
    expect((await post(url, 1, "{}", "application/json")).status).toBe(400);
    expect((await fetch(url)).status).toBe(405);
  });
});
