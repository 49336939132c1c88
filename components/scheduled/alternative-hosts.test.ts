import { describe, expect, it, vi } from "vitest";
import { checkAlternativeHosts, outsideAccount, outsideAccountMessage } from "@/components/scheduled/alternative-hosts";

const users = [
  { id: "KDcuGIm1QgePTO8WbOqwIQ", email: "marcus.reyes@brightwave.test" },
  { id: "AbcdEfghIjklMnopQrstUv", email: "daniel.okafor@brightwave.test" },
];
const list = { hosts: users.map((u) => ({ ...u, name: u.email, timezone: null })), truncated: false };

describe("alternative hosts outside the account", () => {
  it("finds entries that are neither an account email (any case) nor an account user id", () => {
    expect(outsideAccount(["Marcus.Reyes@brightwave.test", "AbcdEfghIjklMnopQrstUv", "nobody@elsewhere.com"], users)).toEqual(["nobody@elsewhere.com"]);
  });

  it("words one or several", () => {
    expect(outsideAccountMessage([])).toBeNull();
    expect(outsideAccountMessage(["a@x.test"])).toBe("a@x.test is not a user of this Zoom account.");
    expect(outsideAccountMessage(["a@x.test", "b@x.test"])).toBe("a@x.test, b@x.test are not users of this Zoom account.");
  });

  it("marks the field and stops the save for an admin's list; lets a member's (no list) or a truncated list through", () => {
    const setError = vi.fn();
    const values = { settings: { alternativeHosts: ["nobody@elsewhere.com"] } };
    expect(checkAlternativeHosts(values, list, setError)).toBe(false);
    expect(setError).toHaveBeenCalledWith("settings.alternativeHosts", { type: "account", message: "nobody@elsewhere.com is not a user of this Zoom account." }, { shouldFocus: true });
    expect(checkAlternativeHosts(values, undefined, vi.fn())).toBe(true);
    expect(checkAlternativeHosts(values, { ...list, truncated: true }, vi.fn())).toBe(true);
    expect(checkAlternativeHosts({ settings: { alternativeHosts: ["daniel.okafor@brightwave.test"] } }, list, vi.fn())).toBe(true);
  });
});
