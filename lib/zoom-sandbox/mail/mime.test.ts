import { describe, expect, it } from "vitest";
import { buildMessage, decodeRaw, encodeRaw, headerValue, parseMessage, snippetOf } from "./mime";
import { matches, parseQuery } from "./search";

const multipart = [
  "From: Ada <ada@example.com>",
  "To: bo@example.com,",
  " chen@example.com",
  "Subject: =?UTF-8?B?SGVsbG8gw6l0w6k=?=",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="outer"',
  "",
  "--outer",
  'Content-Type: multipart/alternative; boundary="inner"',
  "",
  "--inner",
  "Content-Type: text/plain; charset=UTF-8",
  "Content-Transfer-Encoding: quoted-printable",
  "",
  "Caf=C3=A9 at ten?",
  "--inner",
  "Content-Type: text/html",
  "",
  "<p>Caf&eacute; at ten?</p>",
  "--inner--",
  "--outer",
  'Content-Type: text/csv; name="numbers.csv"',
  'Content-Disposition: attachment; filename="numbers.csv"',
  "Content-Transfer-Encoding: base64",
  "",
  Buffer.from("a,b\n1,2\n").toString("base64"),
  "--outer--",
  "",
].join("\r\n");

describe("RFC 2822 parsing", () => {
  it("round-trips raw as base64url and refuses other text", () => {
    expect(decodeRaw(encodeRaw("Subject: x\r\n\r\nhi"))?.toString()).toBe("Subject: x\r\n\r\nhi");
    expect(decodeRaw("not base64!")).toBeUndefined();
  });

  it("unfolds headers and decodes encoded words", () => {
    const payload = parseMessage(Buffer.from(multipart));
    expect(headerValue(payload.headers, "to")).toBe("bo@example.com, chen@example.com");
    expect(headerValue(payload.headers, "Subject")).toBe("Hello été");
  });

  it("builds nested parts with Gmail-style part ids and decoded bodies", () => {
    const payload = parseMessage(Buffer.from(multipart));
    expect(payload.partId).toBe("");
    expect(payload.mimeType).toBe("multipart/mixed");
    expect(payload.parts?.map((p) => p.partId)).toEqual(["0", "1"]);
    expect(payload.parts?.[0].parts?.map((p) => [p.partId, p.mimeType])).toEqual([
      ["0.0", "text/plain"],
      ["0.1", "text/html"],
    ]);
    const attachment = payload.parts![1];
    expect(attachment.filename).toBe("numbers.csv");
    expect(Buffer.from(attachment.body.data!, "base64url").toString()).toBe("a,b\n1,2\n");
    expect(attachment.body.size).toBe(8);
    expect(snippetOf(payload)).toBe("Café at ten?");
  });

  it("treats a message without a blank line as headers only, and an empty one as empty", () => {
    expect(parseMessage(Buffer.from("Subject: only headers")).headers).toEqual([{ name: "Subject", value: "only headers" }]);
    const empty = parseMessage(Buffer.alloc(0));
    expect(empty.headers).toEqual([]);
    expect(empty.body.size).toBe(0);
  });
});

describe("draft search (q)", () => {
  const message = (subject: string, to: string, body: string) => {
    const payload = parseMessage(Buffer.from(buildMessage({ from: "ada@example.com", to: [to], subject, body, date: new Date(0) })));
    return { headers: payload.headers, snippet: snippetOf(payload), labelIds: ["DRAFT"] };
  };
  const agenda = message("Agenda for Thursday", "bo@example.com", "Please review");
  const budget = message("Budget", "chen@example.com", "Numbers attached");

  it("matches words, fields, phrases, negation and any-of groups", () => {
    const hits = (q: string) => [agenda, budget].filter((m) => matches(parseQuery(q), m)).map((m) => m.headers.find((h) => h.name === "Subject")!.value);
    expect(hits("agenda")).toEqual(["Agenda for Thursday"]);
    expect(hits("to:chen")).toEqual(["Budget"]);
    expect(hits('subject:"for thursday"')).toEqual(["Agenda for Thursday"]);
    expect(hits("-budget")).toEqual(["Agenda for Thursday"]);
    expect(hits("{agenda budget}")).toEqual(["Agenda for Thursday", "Budget"]);
    expect(hits("label:draft numbers")).toEqual(["Budget"]);
    expect(hits("")).toEqual(["Agenda for Thursday", "Budget"]);
  });
});
