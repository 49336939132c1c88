/**
 * Just enough RFC 2822 / MIME to turn a draft's `raw` (base64url of the whole message) into the
 * Gmail-style `payload` Zoom Mail returns: headers (unfolded, RFC 2047 words decoded), nested
 * multipart parts with `partId`s, and part bodies re-encoded as base64url.
 */

export interface Header {
  name: string;
  value: string;
}

export interface MessagePart {
  partId: string;
  mimeType: string;
  filename: string;
  headers: Header[];
  body: { size: number; data?: string };
  parts?: MessagePart[];
}

const BASE64ISH = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** Decodes a draft's `raw`; undefined when it is not base64url (the API answers 400). */
export function decodeRaw(raw: string): Buffer | undefined {
  const compact = raw.replace(/\s+/g, "");
  if (!BASE64ISH.test(compact)) return undefined;
  return Buffer.from(compact.replace(/\+/g, "-").replace(/\//g, "_"), "base64url");
}

export function encodeRaw(message: string | Buffer): string {
  return Buffer.from(message).toString("base64url");
}

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) → text. */
export function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=(\s+(?==\?))?/g, (_m, _charset, enc: string, data: string) => {
    if (enc.toUpperCase() === "B") return Buffer.from(data, "base64").toString("utf8");
    const bytes = data.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_x, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  });
}

function splitHead(text: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(text);
  if (!m) return /^[^\s:]+:/.test(text) ? { head: text, body: "" } : { head: "", body: text };
  return { head: text.slice(0, m.index), body: text.slice(m.index + m[0].length) };
}

export function parseHeaders(head: string): Header[] {
  const headers: Header[] = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && headers.length) headers[headers.length - 1].value += " " + line.trim();
    else {
      const i = line.indexOf(":");
      if (i > 0) headers.push({ name: line.slice(0, i).trim(), value: line.slice(i + 1).trim() });
    }
  }
  return headers.map((h) => ({ name: h.name, value: decodeWords(h.value) }));
}

export function headerValue(headers: Header[], name: string): string | undefined {
  return headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}

/** `text/plain; charset="utf-8"; name=x` → `{type:"text/plain", params:{charset:"utf-8", name:"x"}}`. */
function contentType(value: string | undefined): { type: string; params: Record<string, string> } {
  const [type, ...rest] = (value ?? "text/plain").split(";");
  const params: Record<string, string> = {};
  for (const p of rest) {
    const i = p.indexOf("=");
    if (i > 0) params[p.slice(0, i).trim().toLowerCase()] = p.slice(i + 1).trim().replace(/^"|"$/g, "");
  }
  return { type: type.trim().toLowerCase() || "text/plain", params };
}

function decodeBody(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? "").toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64");
    case "quoted-printable": {
      const soft = body.replace(/=\r?\n/g, "");
      return Buffer.from(soft.replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1");
    }
    default:
      return Buffer.from(body, "utf8");
  }
}

function parsePart(text: string, partId: string): MessagePart {
  const { head, body } = splitHead(text);
  const headers = parseHeaders(head);
  const ct = contentType(headerValue(headers, "Content-Type"));
  const disposition = contentType(headerValue(headers, "Content-Disposition"));
  const filename = disposition.params.filename ?? ct.params.name ?? "";
  if (ct.type.startsWith("multipart/") && ct.params.boundary) {
    const delimiter = `--${ct.params.boundary}`;
    const sections = body.split(delimiter).slice(1);
    const children = sections
      .filter((section) => !section.startsWith("--"))
      .map((section, i) => parsePart(section.replace(/^\r?\n/, "").replace(/\r?\n$/, ""), partId ? `${partId}.${i}` : String(i)));
    return { partId, mimeType: ct.type, filename, headers, body: { size: 0 }, parts: children };
  }
  const bytes = decodeBody(body, headerValue(headers, "Content-Transfer-Encoding"));
  return { partId, mimeType: ct.type, filename, headers, body: { size: bytes.length, data: bytes.toString("base64url") } };
}

/** The message's top-level part (Gmail's `payload`); its `partId` is "". */
export function parseMessage(message: Buffer): MessagePart {
  return parsePart(message.toString("utf8"), "");
}

function firstText(part: MessagePart, mime: string): string | undefined {
  if (part.mimeType === mime && part.body.data !== undefined && !part.filename) {
    return Buffer.from(part.body.data, "base64url").toString("utf8");
  }
  for (const child of part.parts ?? []) {
    const found = firstText(child, mime);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Plain-text body of a message (HTML stripped when there is no text part). */
export function plainText(part: MessagePart): string {
  const plain = firstText(part, "text/plain");
  if (plain !== undefined) return plain;
  const html = firstText(part, "text/html") ?? "";
  return html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, "").replace(/<[^>]+>/g, " ");
}

/** Gmail-style snippet: the body's first ~200 characters, whitespace collapsed. */
export function snippetOf(part: MessagePart): string {
  return plainText(part).replace(/\s+/g, " ").trim().slice(0, 200);
}

/** Builds a simple RFC 2822 text message (used for seeds and tests). */
export function buildMessage(m: { from: string; to: string[]; cc?: string[]; subject: string; body: string; date: Date }): string {
  const lines = [
    `From: ${m.from}`,
    `To: ${m.to.join(", ")}`,
    ...(m.cc?.length ? [`Cc: ${m.cc.join(", ")}`] : []),
    `Subject: ${m.subject}`,
    `Date: ${m.date.toUTCString().replace("GMT", "+0000")}`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 7bit",
    "",
    m.body,
  ];
  return lines.join("\r\n");
}
