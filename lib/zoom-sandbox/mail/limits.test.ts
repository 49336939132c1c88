import { describe, expect, it } from "vitest";
import { bodyLimitFor, MAIL_MAX_BODY_BYTES, MAIL_MAX_MESSAGE_BYTES } from "./limits";

describe("request body limits", () => {
  it("gives mail draft routes room for a full-size message as base64url JSON and keeps the default elsewhere", () => {
    expect(MAIL_MAX_BODY_BYTES).toBeGreaterThan(Math.ceil((MAIL_MAX_MESSAGE_BYTES * 4) / 3));
    expect(bodyLimitFor("/v2/emails/mailboxes/me/drafts", 1024)).toBe(MAIL_MAX_BODY_BYTES);
    expect(bodyLimitFor("/sandbox/v2/emails/mailboxes/a%40b.c/drafts/x", 1024)).toBe(MAIL_MAX_BODY_BYTES);
    expect(bodyLimitFor("/v2/emails/mailboxes/me/drafts/send", 1024)).toBe(MAIL_MAX_BODY_BYTES);
    expect(bodyLimitFor("/v2/emails/mailboxes/me/settings/vacation", 1024)).toBe(1024);
    expect(bodyLimitFor("/v2/users/me/meetings", 1024)).toBe(1024);
  });
});
