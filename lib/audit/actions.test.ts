import { describe, expect, it } from "vitest";
import { pathPattern, resolveAudit } from "@/lib/audit/actions";
import { auditSummary, REMOVED } from "@/lib/audit/summary";

describe("resolveAudit", () => {
  it("uses the route's own label and reads the target id from its parameter", () => {
    expect(resolveAudit("PATCH", "/api/zoom/meetings/812", { meetingId: "812" }, { action: "meeting.update", target: { type: "meeting", param: "meetingId" } })).toEqual({
      action: "meeting.update",
      targetType: "meeting",
      targetId: "812",
      summary: "body",
    });
  });

  it("labels live controls, captions and Zoom Mail by path, keeping no mail or caption text", () => {
    expect(resolveAudit("POST", "/api/zoom/webinars/93/live/events", { webinarId: "93" }, undefined)).toMatchObject({ action: "live.event", targetType: "webinar", targetId: "93", summary: "keys" });
    expect(resolveAudit("POST", "/api/zoom/meetings/81/captions/lines", { meetingId: "81" }, undefined)).toMatchObject({ action: "caption.send", targetId: "81", summary: "none" });
    expect(resolveAudit("POST", "/api/zoom/mail/drafts", {}, undefined)).toMatchObject({ action: "mail.draft.create", summary: "none" });
    expect(resolveAudit("PUT", "/api/zoom/mail/drafts/d-1", { draftId: "d-1" }, undefined)).toMatchObject({ action: "mail.draft.update", targetId: "d-1", summary: "none" });
    expect(resolveAudit("DELETE", "/api/zoom/mail/drafts/d-1", { draftId: "d-1" }, undefined)).toMatchObject({ action: "mail.draft.delete", summary: "none" });
    expect(resolveAudit("POST", "/api/zoom/mail/drafts/d-1/send", { draftId: "d-1" }, undefined)).toMatchObject({ action: "mail.draft.send", targetId: "d-1", summary: "none" });
    expect(resolveAudit("PUT", "/api/zoom/mail/settings/vacation", {}, undefined)).toMatchObject({ action: "mail.vacation.update", summary: "keys" });
    expect(resolveAudit("PUT", "/api/zoom/mail/settings/language", {}, undefined)).toMatchObject({ action: "mail.language.update" });
  });

  it("falls back to the method and path pattern for an unlabelled route", () => {
    expect(resolveAudit("POST", "/api/zoom/widgets/42/spin", { widgetId: "42" }, undefined)).toEqual({
      action: "post /api/zoom/widgets/[widgetId]/spin",
      targetType: null,
      targetId: null,
      summary: "keys",
    });
    expect(pathPattern("/api/zoom/recordings/a%2Fb%3D%3D", { recordingId: "a/b==" })).toBe("/api/zoom/recordings/[recordingId]");
  });
});

describe("auditSummary", () => {
  it("removes secrets and written text at any depth, and counts long lists", () => {
    const summary = auditSummary(
      {
        topic: "Q3 review",
        passcode: "123456",
        settings: { waitingRoom: true, password: "x", meeting_authentication: true },
        clientSecret: "s",
        accessToken: "t",
        draft: { subject: "Hi", html: "<p>secret plans</p>", attachments: [{ name: "a.pdf", data: "AAAA" }] },
        rows: Array.from({ length: 50 }, (_, i) => ({ email: `p${i}@example.test` })),
      },
      "body",
    );
    expect(summary).toEqual({
      after: {
        topic: "Q3 review",
        passcode: REMOVED,
        settings: { waitingRoom: true, password: REMOVED, meeting_authentication: true },
        clientSecret: REMOVED,
        accessToken: REMOVED,
        draft: { subject: REMOVED, html: REMOVED, attachments: REMOVED },
        rows: { count: 50 },
      },
    });
  });

  it("keeps only field names in `keys` mode and nothing in `none` mode", () => {
    expect(auditSummary({ message: "Out until Monday", enabled: true }, "keys")).toEqual({ fields: ["message", "enabled"] });
    expect(auditSummary({ text: "caption line" }, "none")).toBeNull();
    expect(auditSummary({ text: "caption line" }, "none", { before: { role: "member" } })).toEqual({ before: { role: "member" } });
  });
});
