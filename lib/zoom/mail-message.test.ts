import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { mailDraftSchema, type MailDraftContent } from "@/lib/schemas/mail";
import { buildMessage, buildRaw, editableHtml, parseRaw } from "@/lib/zoom/mail-message";

const sender = { name: "Zoë Ångström", email: "zoe@example.com" };

const draft = (over: Partial<MailDraftContent> = {}): MailDraftContent => mailDraftSchema.parse({ to: ["bo@example.org"], ...over });

describe("MIME round trip (MailComposer → base64url raw → mailparser)", () => {
  it("keeps Unicode subjects, names and bodies, and every recipient field including Bcc", async () => {
    const input = draft({
      to: ["bo@example.org", "chen@example.org"],
      cc: ["dana@example.org"],
      bcc: ["eve@example.org"],
      subject: "Résumé — 会議の議題 🚀 «quoted» and a long subject that goes on well past the seventy-eight character header fold",
      html: "<p>Grüße <strong>aus</strong> Köln 👋</p><ul><li>eins</li></ul>",
      text: "Grüße aus Köln 👋\n- eins",
    });
    const raw = await buildRaw(input, sender);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    const bytes = Buffer.from(raw, "base64url").toString("latin1");
    // Unicode never goes raw into headers: encoded words only.
    const head = bytes.slice(0, bytes.indexOf("\r\n\r\n"));
    expect(head).not.toMatch(/[^\x00-\x7f]/);
    expect(head).toMatch(/^Bcc: eve@example.org$/m);
    expect(await parseRaw(raw)).toEqual(input);
  });

  it("keeps attachments byte for byte, with Unicode file names", async () => {
    const binary = randomBytes(300_000);
    const input = draft({
      text: "See attached.",
      attachments: [
        { name: "Präsentation Q3 — final.pdf", type: "application/pdf", data: binary.toString("base64") },
        { name: "notes.txt", type: "text/plain", data: Buffer.from("line one\r\nline two\n", "utf8").toString("base64") },
        { name: "empty.bin", type: "application/octet-stream", data: "" },
      ],
    });
    const back = await parseRaw(await buildRaw(input, sender));
    expect(back.attachments.map((a) => a.name)).toEqual(["Präsentation Q3 — final.pdf", "notes.txt", "empty.bin"]);
    expect(Buffer.from(back.attachments[0].data, "base64").equals(binary)).toBe(true);
    expect(back.attachments[1].data).toBe(input.attachments[1].data);
    expect(back.attachments[2].data).toBe("");
    expect(back.attachments.map((a) => a.type)).toEqual(["application/pdf", "text/plain", "application/octet-stream"]);
  });

  it("wraps long lines under RFC 5322's 998-octet limit and restores them exactly", async () => {
    const longLine = "word ".repeat(3000).trim() + "ünïcode";
    const unbroken = "x".repeat(5000);
    const input = draft({ text: `${longLine}\n\n${unbroken}\n`, html: `<p>${unbroken}</p>` });
    const message = (await buildMessage(input, sender)).toString("latin1");
    expect(Math.max(...message.split("\r\n").map((line) => line.length))).toBeLessThanOrEqual(998);
    expect(await parseRaw(await buildRaw(input, sender))).toEqual(input);
  });

  it("reads an empty draft (Zoom allows one) as an empty structure", async () => {
    expect(await parseRaw("")).toEqual({ to: [], cc: [], bcc: [], subject: "", html: "", text: "", attachments: [] });
  });
});

describe("draft validation", () => {
  it("refuses bad addresses and attachments over the limit", () => {
    expect(mailDraftSchema.safeParse({ to: ["not-an-address"] }).success).toBe(false);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1).toString("base64");
    const result = mailDraftSchema.safeParse({ attachments: [{ name: "big.bin", type: "application/octet-stream", data: big }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/Attachments may add up to 10 MB/);
  });
});

describe("a draft's HTML, before it reaches the editor", () => {
  it("keeps the editor's own formatting and links, and Unicode text as it is", () => {
    const html = '<p>Grüße <strong>aus</strong> <em>Köln</em> 👋<br /></p><ul><li>eins</li></ul><ol><li>zwei</li></ol><blockquote>quoted</blockquote><a href="https://zoom.us/j/1">join</a> <a href="mailto:bo@example.org">bo</a>';
    expect(editableHtml(html)).toBe(html);
  });

  it("drops what a quoted message could use against the page: scripts, styles, images, handlers, javascript: links, meta refresh, forms", async () => {
    const hostile = [
      '<html><head><title>t</title><meta http-equiv="refresh" content="0;url=https://evil.example"><style>body{display:none}</style></head><body>',
      '<p style="position:fixed" onclick="steal()">Hello</p>',
      '<img src="https://evil.example/pixel.gif">',
      '<script>alert(1)</script>',
      '<a href="javascript:alert(1)">click</a> <a href="//evil.example">there</a>',
      '<form action="https://evil.example"><input name="password"><button>Sign in</button></form>',
      "</body></html>",
    ].join("");
    const clean = editableHtml(hostile);
    expect(clean).toBe("<p>Hello</p><a>click</a> <a>there</a>Sign in");
    // And through the whole path: a raw message with that HTML reads back clean.
    const back = await parseRaw(await buildRaw(draft({ html: hostile }), sender));
    expect(back.html.trim()).toBe(clean);
  });
});
