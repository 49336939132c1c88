import { beforeEach, describe, expect, it } from "vitest";
import { sandboxPerFile } from "../test-server";
import { MEMBER, OWNER, accountToken, api, control, userToken } from "../testing";

const sandbox = sandboxPerFile();

let call: ReturnType<typeof api>;

beforeEach(async () => {
  await control(sandbox.base, "POST", "/reset");
  call = api(sandbox.base, (await accountToken(sandbox.base)).access_token);
});

interface UserList {
  total_records: number;
  users: { email: string; status: string; role_id: string }[];
}

describe("GET /users", () => {
  it("lists active users by default, the owner first, and filters by status", async () => {
    const active = (await (await call("GET", "/users?page_size=300")).json()) as UserList;
    expect(active.users[0].email).toBe(OWNER);
    expect(active.users.every((u) => u.status === "active")).toBe(true);
    const pending = (await (await call("GET", "/users?status=pending")).json()) as UserList;
    expect(pending.total_records).toBeGreaterThan(0);
    expect(pending.users.every((u) => u.status === "pending")).toBe(true);
    const inactive = (await (await call("GET", "/users?status=inactive")).json()) as UserList;
    expect(inactive.total_records).toBeGreaterThan(0);
  });
});

describe("GET /users/me", () => {
  it("returns the signed-in user's profile, as next-auth reads it", async () => {
    const t = await userToken(sandbox.base, MEMBER);
    const me = (await (await api(sandbox.base, t.access_token)("GET", "/users/me")).json()) as Record<string, unknown>;
    expect(me).toMatchObject({ email: MEMBER, first_name: "Daniel", last_name: "Okafor", role_name: "Member", type: 2, status: "active" });
    expect(me.pic_url).toEqual(expect.stringContaining(`${sandbox.base}/p/`));
    const avatar = await fetch(me.pic_url as string);
    expect(avatar.headers.get("content-type")).toBe("image/svg+xml");
  });
});

describe("POST /users", () => {
  it("custCreate answers 201 with {id, first_name, last_name, email, type} and the user is active", async () => {
    const res = await call("POST", "/users", {
      action: "custCreate",
      user_info: { email: "kiosk-7@brightwave.test", type: 1, first_name: "Kiosk", last_name: "Seven" },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["email", "first_name", "id", "last_name", "type"]);
    expect(body).toMatchObject({ email: "kiosk-7@brightwave.test", first_name: "Kiosk", last_name: "Seven", type: 1 });
    const user = (await (await call("GET", `/users/${body.id}`)).json()) as { status: string };
    expect(user.status).toBe("active");
  });

  it("create leaves the user pending until they accept the invitation", async () => {
    const res = await call("POST", "/users", { action: "create", user_info: { email: "new.hire@brightwave.test", type: 2 } });
    expect(res.status).toBe(201);
    const pending = (await (await call("GET", "/users?status=pending")).json()) as UserList;
    expect(pending.users.map((u) => u.email)).toContain("new.hire@brightwave.test");
  });

  it("validates with 300 and errors[] naming each bad field", async () => {
    const res = await call("POST", "/users", { action: "custCreate", user_info: { email: "not-an-email", type: 7, first_name: "x".repeat(65) } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: number; message: string; errors: { field: string; message: string }[] };
    expect(body.code).toBe(300);
    expect(body.message).toBe("Validation Failed.");
    expect(body.errors.map((e) => e.field).sort()).toEqual(["user_info.email", "user_info.first_name", "user_info.type"]);
    const noAction = await call("POST", "/users", { user_info: { email: "a@b.test", type: 1 } });
    expect(((await noAction.json()) as { errors: { field: string }[] }).errors).toEqual([{ field: "action", message: "Invalid field." }]);
  });

  it("answers 409/1005 for an e-mail already in the account (any case)", async () => {
    const res = await call("POST", "/users", { action: "custCreate", user_info: { email: OWNER.toUpperCase(), type: 1 } });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ code: 1005, message: `Email "${OWNER.toUpperCase()}" has already been used.` });
  });

  it("requires a strong password for autoCreate", async () => {
    const weak = await call("POST", "/users", { action: "autoCreate", user_info: { email: "auto@brightwave.test", type: 1, password: "abcdefgh" } });
    expect(weak.status).toBe(400);
    const ok = await call("POST", "/users", { action: "autoCreate", user_info: { email: "auto@brightwave.test", type: 1, password: "Sandbox2026x" } });
    expect(ok.status).toBe(201);
  });

  it("refuses members (no privilege)", async () => {
    const member = api(sandbox.base, (await userToken(sandbox.base, MEMBER)).access_token);
    const res = await member("POST", "/users", { action: "custCreate", user_info: { email: "x@brightwave.test", type: 1 } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 200, message: "No privilege." });
  });
});
