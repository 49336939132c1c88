import { describe, expect, it } from "vitest";
import { removalRefusal, restoreRefusal, roleChangeRefusal } from "@/lib/auth/member-rules";

const owner = { userId: "o", role: "owner" as const };
const admin = { userId: "a", role: "admin" as const };
const member = { userId: "m", role: "member" as const };
const target = (role: "owner" | "admin" | "member", removed = false, userId = "t") => ({ userId, role, removed });

describe("role changes", () => {
  it("lets admins promote members to admin and demote admins", () => {
    expect(roleChangeRefusal(admin, target("member"), "admin", 1)).toBeNull();
    expect(roleChangeRefusal(admin, target("admin"), "member", 1)).toBeNull();
  });

  it("keeps ownership decisions with owners", () => {
    expect(roleChangeRefusal(admin, target("member"), "owner", 1)).toMatch(/Only an owner can make/);
    expect(roleChangeRefusal(admin, target("owner", false, "o2"), "member", 2)).toMatch(/Only an owner/);
    expect(roleChangeRefusal(owner, target("member"), "owner", 1)).toBeNull();
  });

  it("never leaves a workspace without an owner", () => {
    expect(roleChangeRefusal(owner, { ...target("owner"), userId: "o" }, "admin", 1)).toMatch(/at least one owner/);
    expect(roleChangeRefusal(owner, { ...target("owner"), userId: "o" }, "admin", 2)).toBeNull();
  });

  it("refuses members and removed targets", () => {
    expect(roleChangeRefusal(member, target("member"), "admin", 1)).toMatch(/Only workspace admins/);
    expect(roleChangeRefusal(owner, target("member", true), "admin", 1)).toMatch(/restore them first/);
  });
});

describe("removal and restore", () => {
  it("lets admins remove members and admins but not owners or themselves", () => {
    expect(removalRefusal(admin, target("member"), 1)).toBeNull();
    expect(removalRefusal(admin, target("admin"), 1)).toBeNull();
    expect(removalRefusal(admin, target("owner"), 2)).toMatch(/Only an owner/);
    expect(removalRefusal(admin, { ...target("admin"), userId: "a" }, 1)).toMatch(/yourself/);
  });

  it("keeps the last owner", () => {
    expect(removalRefusal(owner, target("owner", false, "o2"), 1)).toMatch(/at least one owner/);
    expect(removalRefusal(owner, target("owner", false, "o2"), 2)).toBeNull();
  });

  it("restores: admins restore members, owners restore owners", () => {
    expect(restoreRefusal(admin, target("member", true))).toBeNull();
    expect(restoreRefusal(admin, target("owner", true))).toMatch(/Only an owner/);
    expect(restoreRefusal(member, target("member", true))).toMatch(/Only workspace admins/);
  });
});
