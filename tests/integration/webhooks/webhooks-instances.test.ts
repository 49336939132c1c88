/**
 * Zoom's webhooks on real `next start` processes sharing one PostgreSQL: deliveries that are
 * badly signed, stale, replayed, of the wrong type or 5 MB large are refused with no side effect
 * (nothing pushed, nothing accepted), and an event received by one instance is pushed to the
 * workspace's open streams on both.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { control } from "@/lib/zoom-sandbox/testing";
import { signBody } from "@/lib/webhooks/signature";
import { startProcessStack, type ProcessStack } from "../auth/stack";
import { ensureProductionBuild, signInOverHttp, startDashboard, type DashboardProcess } from "../auth/dashboard-process";
import { MEMBER_EMAIL, OWNER_EMAIL, sandboxUserId } from "../auth/sandbox-oauth";

const SECRET = "integration-webhook-secret";

let stack: ProcessStack;
let a: DashboardProcess;
let b: DashboardProcess;
let db: pg.Client;

interface Pushed {
  event: string;
  keys: string[][];
}

/** An open GET /api/events, collecting what it pushes. */
async function openStream(app: DashboardProcess, cookie: string, lastEventId?: string) {
  const abort = new AbortController();
  const headers: Record<string, string> = { cookie, accept: "text/event-stream", ...(lastEventId ? { "last-event-id": lastEventId } : {}) };
  const res = await fetch(`${app.url}/api/events`, { headers, signal: abort.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const pushed: Pushed[] = [];
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += value;
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = frame.split("\n").find((line) => line.startsWith("data: "));
        if (frame.includes("event: zoom") && data) pushed.push(JSON.parse(data.slice(6)) as Pushed);
      }
    }
  })();
  return {
    pushed,
    /** Resolves once `count` events were pushed. */
    async until(count: number) {
      for (let i = 0; i < 400 && pushed.length < count; i++) await new Promise((r) => setTimeout(r, 25));
      return pushed;
    },
    close: () => abort.abort(),
  };
}

function delivery(body: unknown, options: { secret?: string; ageSeconds?: number; contentType?: string } = {}) {
  const raw = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0));
  return {
    method: "POST",
    headers: { "content-type": options.contentType ?? "application/json", "x-zm-request-timestamp": timestamp, "x-zm-signature": signBody(options.secret ?? SECRET, timestamp, raw) },
    body: raw,
  };
}

const event = (id: number, ts: number) => ({ event: "meeting.updated", event_ts: ts, payload: { account_id: "sandbox_account", object: { id } } });

async function outcomes(): Promise<Record<string, number>> {
  const { rows } = await db.query<{ outcome: string; n: string }>(`SELECT outcome, count(*) AS n FROM "WebhookEvent" GROUP BY outcome`);
  return Object.fromEntries(rows.map((row) => [row.outcome, Number(row.n)]));
}

beforeAll(async () => {
  ensureProductionBuild();
  stack = await startProcessStack();
  const env = { ...stack.env, ZOOM_WEBHOOK_SECRET_TOKEN: SECRET };
  [a, b] = await Promise.all([startDashboard(env), startDashboard(env)]);
  db = new pg.Client({ connectionString: stack.database.url });
  await db.connect();
}, 600_000);

afterAll(async () => {
  await db?.end();
  await Promise.all([a?.stop(), b?.stop()]);
  await stack?.stop();
});

describe("webhooks across instances", () => {
  it("refuses bad deliveries with no side effect, and pushes an accepted event from either instance to both", async () => {
    const { cookie } = await signInOverHttp(a.url, stack.sandbox.url, OWNER_EMAIL);
    const [onA, onB] = [await openStream(a, cookie), await openStream(b, cookie)];
    const hook = `${a.url}/api/zoom/webhooks`;

    expect((await fetch(hook, delivery(event(1, 1000), { secret: "wrong-secret-token" }))).status).toBe(401);
    expect((await fetch(hook, delivery(event(2, 2000), { ageSeconds: 10 * 60 }))).status).toBe(401);
    expect((await fetch(hook, delivery(event(3, 3000), { contentType: "text/plain" }))).status).toBe(415);
    const huge = JSON.stringify({ ...event(4, 4000), padding: "x".repeat(5 * 1024 * 1024) });
    expect((await fetch(hook, { ...delivery(event(4, 4000)), body: huge })).status).toBe(413);
    expect(await outcomes()).toEqual({ bad_signature: 1, stale: 1 });

    // Delivered by the sandbox to instance A, as Zoom would: one accepted event, pushed by both instances.
    expect((await control(stack.sandbox.url, "PUT", "/webhooks/subscriptions", { url: hook, secretToken: SECRET })).status).toBe(200);
    expect((await control(stack.sandbox.url, "POST", "/webhooks/send", event(77, 5000))).status).toBe(202);
    for (const stream of [onA, onB]) {
      expect(await stream.until(1)).toEqual([{ event: "meeting.updated", keys: [["meetings", "list"], ["meetings", "detail", "77"], ["home"]] }]);
    }

    // Zoom retrying the same delivery: answered 2xx, stored as a duplicate, pushed nowhere.
    const replay = delivery(event(77, 5000));
    expect((await fetch(`${b.url}/api/zoom/webhooks`, replay)).status).toBe(204);
    // A later event as a barrier: once it arrives, anything the replay had pushed would be there before it.
    expect((await fetch(`${b.url}/api/zoom/webhooks`, delivery(event(78, 6000)))).status).toBe(204);
    for (const stream of [onA, onB]) {
      expect((await stream.until(2)).map((pushed) => pushed.keys[1])).toEqual([["meetings", "detail", "77"], ["meetings", "detail", "78"]]);
    }
    expect(await outcomes()).toMatchObject({ accepted: 3, duplicate: 1, bad_signature: 1, stale: 1 });
    onA.close();
    onB.close();
  }, 120_000);

  it("answers Zoom's URL validation with the HMAC of the plain token", async () => {
    const res = await fetch(`${a.url}/api/zoom/webhooks`, delivery({ event: "endpoint.url_validation", event_ts: 1, payload: { plainToken: "abc123" } }));
    expect(res.status).toBe(200);
    const { createHmac } = await import("node:crypto");
    expect(await res.json()).toEqual({ plainToken: "abc123", encryptedToken: createHmac("sha256", SECRET).update("abc123").digest("hex") });
  });

  it("answers a forged delivery with a NUL in its event name with a 401 and notes it without the name", async () => {
    const forged = { ...delivery(event(5, 5)), body: JSON.stringify({ event: "meeting.updated\u0000<script>", event_ts: 5 }) };
    const res = await fetch(`${a.url}/api/zoom/webhooks`, forged);
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).not.toMatch(/at .*\.js|stack/i);
    const { rows } = await db.query<{ event: string }>(`SELECT event FROM "WebhookEvent" WHERE outcome = 'bad_signature' ORDER BY "receivedAt" DESC LIMIT 1`);
    expect(rows[0]?.event).toBe("");
  });

  it("keeps a recording.completed event without its download token, passcodes or links", async () => {
    const completed = {
      event: "recording.completed",
      event_ts: 9000,
      download_token: "secret-download-token",
      payload: {
        account_id: "sandbox_account",
        operator: "olivia@example.org",
        object: {
          id: 9001,
          uuid: "rec-uuid==",
          topic: "Quarterly review",
          password: "s3cret",
          share_url: "https://zoom.us/rec/share/abc?pwd=xyz",
          recording_files: [{ id: "f1", file_type: "MP4", download_url: "https://zoom.us/rec/download/f1" }],
        },
      },
    };
    expect((await fetch(`${b.url}/api/zoom/webhooks`, delivery(completed))).status).toBe(204);
    const { rows } = await db.query<{ payload: unknown }>(`SELECT payload FROM "WebhookEvent" WHERE event = 'recording.completed' AND outcome = 'accepted'`);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows[0]!.payload);
    expect(stored).toContain("Quarterly review");
    expect(stored).toContain("rec-uuid==");
    expect(stored).not.toMatch(/secret-download-token|s3cret|pwd=xyz|rec\/download/);
  });

  it("streams a member only the events of meetings they host, live and on reconnect", async () => {
    const [memberZoomId, ownerZoomId] = [await sandboxUserId(stack.sandbox.url, MEMBER_EMAIL), await sandboxUserId(stack.sandbox.url, OWNER_EMAIL)];
    const owner = await signInOverHttp(a.url, stack.sandbox.url, OWNER_EMAIL);
    const member = await signInOverHttp(b.url, stack.sandbox.url, MEMBER_EMAIL);
    const [ownerStream, memberStream] = [await openStream(a, owner.cookie), await openStream(b, member.cookie)];
    const hook = `${a.url}/api/zoom/webhooks`;
    const named = (p: Pushed) => `${p.event} ${p.keys.find((key) => key[1] === "detail")?.[2]}`;
    const live = (action: string, id: number, ts: number, hostId?: string) => ({ event: `meeting.${action}`, event_ts: ts, payload: { account_id: "sandbox_account", object: { id, uuid: `uuid-${id}==`, ...(hostId ? { host_id: hostId } : {}) } } });

    expect((await fetch(hook, delivery(live("started", 501, 10_001, memberZoomId)))).status).toBe(204);
    expect((await fetch(hook, delivery(live("started", 502, 10_002, ownerZoomId)))).status).toBe(204);
    // meeting.updated names no host: the one an earlier event of meeting 501 named counts, an unknown one does not.
    expect((await fetch(hook, delivery(live("updated", 501, 10_003)))).status).toBe(204);
    expect((await fetch(hook, delivery(live("updated", 503, 10_004)))).status).toBe(204);
    expect((await fetch(hook, delivery(live("ended", 501, 10_005, memberZoomId)))).status).toBe(204);

    expect((await ownerStream.until(5)).map(named)).toEqual(["meeting.started 501", "meeting.started 502", "meeting.updated 501", "meeting.updated 503", "meeting.ended 501"]);
    // The member's last event is a barrier: anything of the others would have arrived before it.
    expect((await memberStream.until(3)).map(named)).toEqual(["meeting.started 501", "meeting.updated 501", "meeting.ended 501"]);
    ownerStream.close();
    memberStream.close();

    // Reconnecting after the first event: the member is replayed their two, never the others'.
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM "WebhookEvent" WHERE event = 'meeting.started' AND "objectId" = '501' AND outcome = 'accepted'`);
    const replayed = await openStream(b, member.cookie, rows[0]!.id);
    expect((await replayed.until(2)).map(named)).toEqual(["meeting.updated 501", "meeting.ended 501"]);
    await new Promise((r) => setTimeout(r, 300));
    expect(replayed.pushed).toHaveLength(2);
    replayed.close();
  }, 120_000);

  it("does not stream to someone signed out", async () => {
    const res = await fetch(`${a.url}/api/events`);
    expect(res.status).toBe(401);
  });
});
