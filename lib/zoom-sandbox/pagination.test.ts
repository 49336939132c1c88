import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxServer, type SandboxServer } from "./node-server";
import { accountToken, api, control } from "./testing";

let server: SandboxServer;
let call: ReturnType<typeof api>;
let base: string;

interface MeetingPage {
  page_size: number;
  total_records: number;
  next_page_token: string;
  meetings: { id: number; start_time?: string }[];
}

beforeAll(async () => {
  server = await startSandboxServer({ port: 0 });
  base = server.url;
  call = api(base, (await accountToken(base)).access_token);
});
afterAll(() => server.close());

async function page(path: string): Promise<MeetingPage> {
  const res = await call("GET", path);
  expect(res.status).toBe(200);
  return (await res.json()) as MeetingPage;
}

describe("next_page_token paging", () => {
  it("pages the owner's >300 scheduled meetings with tokens, every meeting exactly once", async () => {
    const first = await page("/users/me/meetings?page_size=300");
    expect(first.total_records).toBeGreaterThan(300);
    expect(first.meetings).toHaveLength(300);
    expect(first.next_page_token).not.toBe("");
    const second = await page(`/users/me/meetings?page_size=300&next_page_token=${first.next_page_token}`);
    expect(second.next_page_token).toBe("");
    const ids = [...first.meetings, ...second.meetings].map((m) => m.id);
    expect(ids).toHaveLength(first.total_records);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("defaults to 30 per page and clamps page_size to the operation's maximum", async () => {
    expect((await page("/users/me/meetings")).meetings).toHaveLength(30);
    const clamped = await page("/users/me/meetings?page_size=1000");
    expect(clamped.page_size).toBe(300);
    const users = (await (await call("GET", "/users?page_size=5000")).json()) as { page_size: number };
    expect(users.page_size).toBe(2000);
  });

  it("rejects a non-numeric page_size with 300", async () => {
    const res = await call("GET", "/users/me/meetings?page_size=lots");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: number }).code).toBe(300);
  });

  it("still honours the legacy page_number", async () => {
    const byNumber = await page("/users/me/meetings?page_size=50&page_number=2");
    const first = await page("/users/me/meetings?page_size=50");
    const byToken = await page(`/users/me/meetings?page_size=50&next_page_token=${first.next_page_token}`);
    expect(byNumber.meetings.map((m) => m.id)).toEqual(byToken.meetings.map((m) => m.id));
    expect((byNumber as unknown as { page_number: number }).page_number).toBe(2);
  });

  const invalid = { code: 300, message: "The next page token is invalid or expired." };

  it("expires tokens after 15 minutes of sandbox time", async () => {
    const first = await page("/users/me/meetings?page_size=10");
    await control(base, "POST", "/clock", { advanceSeconds: 14 * 60 });
    expect((await call("GET", `/users/me/meetings?page_size=10&next_page_token=${first.next_page_token}`)).status).toBe(200);
    await control(base, "POST", "/clock", { advanceSeconds: 61 });
    const res = await call("GET", `/users/me/meetings?page_size=10&next_page_token=${first.next_page_token}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(invalid);
  });

  it("refuses a token from another list and a tampered token", async () => {
    const first = await page("/users/me/meetings?page_size=10");
    const other = await call("GET", `/users/me/meetings?type=upcoming&page_size=10&next_page_token=${first.next_page_token}`);
    expect(other.status).toBe(400);
    expect(await other.json()).toEqual(invalid);
    const users = await call("GET", `/users?next_page_token=${first.next_page_token}`);
    expect(await users.json()).toEqual(invalid);
    const tampered = await call("GET", `/users/me/meetings?page_size=10&next_page_token=${first.next_page_token.slice(0, -2)}AA`);
    expect(await tampered.json()).toEqual(invalid);
  });
});
