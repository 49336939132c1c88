import { describe, expect, it } from "vitest";
import { mailAccess, missingMailScopesMessage } from "@/lib/schemas/mail-scopes";

describe("mailAccess", () => {
  it("accepts classic, admin and granular Mail scopes, and names what is missing", () => {
    expect(mailAccess(["mail:read", "mail:write"])).toEqual({ read: true, write: true, missing: [] });
    expect(mailAccess(["mail:read:admin", "mail:write:admin"])).toMatchObject({ read: true, write: true });
    expect(mailAccess(["email:read:list_drafts", "email:write:draft"])).toMatchObject({ read: true, write: true });
    expect(mailAccess(["mail:read"])).toEqual({ read: true, write: false, missing: ["mail:write"] });
    expect(mailAccess(["meeting:read", "user:read"])).toEqual({ read: false, write: false, missing: ["mail:read", "mail:write"] });
  });

  it("tells the person how to fix it", () => {
    expect(missingMailScopesMessage(["mail:write"])).toMatch(/the Mail scope “mail:write”\. .*Scopes on Zoom's App Marketplace.*“Reconnect with Zoom” in Settings → Connections/);
  });
});
