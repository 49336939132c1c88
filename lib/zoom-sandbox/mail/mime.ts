import libmime from "libmime";

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

/** RFC 2047 encoded words in any charset libmime knows (`=?UTF-8?B?…?=`, `=?ISO-8859-1?Q?…?=`) → text. */
export function decodeWords(value: string): string {
  return libmime.decodeWords(value);
}

/**
 * Head and body of one entity. Work is done on `latin1` strings, which map bytes 1:1, so 8bit and
 * binary bodies survive the split untouched; header text is turned into UTF-8 afterwards.
 */
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
  return headers.map((h) => ({ name: h.name, value: decodeWords(Buffer.from(h.value, "latin1").toString("utf8")) }));
}

export function headerValue(headers: Header[], name: string): string | undefined {
  return headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}

/** A structured header (RFC 2045 parameters, RFC 2231 continuations and charsets) via libmime. */
function structured(value: string | undefined, fallback: string): { type: string; params: Record<string, string> } {
  const parsed = libmime.parseHeaderValue(value ?? fallback);
  const params: Record<string, string> = {};
  for (const [key, raw] of Object.entries(parsed.params)) params[key.toLowerCase()] = decodeWords(String(raw));
  return { type: parsed.value.trim().toLowerCase() || fallback, params };
}

function decodeBody(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? "").trim().toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64");
    case "quoted-printable":
      return Buffer.from(body.replace(/[ \t]+(?=\r?\n)/g, "").replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1");
    default:
      return Buffer.from(body, "latin1");
  }
}

/** The sections between `--boundary` delimiter lines (RFC 2046 §5.1.1: the CRLF before a delimiter belongs to it). */
function sections(body: string, boundary: string): string[] {
  const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const delimiter = new RegExp(`(?:^|\\r?\\n)--${escaped}(--)?[ \\t]*(?=\\r?\\n|$)`, "g");
  const out: string[] = [];
  let start = -1;
  for (const m of body.matchAll(delimiter)) {
    if (start >= 0) out.push(body.slice(start, m.index).replace(/^\r?\n/, ""));
    if (m[1]) return out;
    start = m.index + m[0].length;
  }
  return out;
}

function parsePart(text: string, partId: string): MessagePart {
  const { head, body } = splitHead(text);
  const headers = parseHeaders(head);
  const ct = structured(headerValue(headers, "Content-Type"), "text/plain");
  const disposition = structured(headerValue(headers, "Content-Disposition"), "inline");
  const filename = disposition.params.filename ?? ct.params.name ?? "";
  if (ct.type.startsWith("multipart/") && ct.params.boundary) {
    const children = sections(body, ct.params.boundary).map((section, i) => parsePart(section, partId ? `${partId}.${i}` : String(i)));
    return { partId, mimeType: ct.type, filename, headers, body: { size: 0 }, parts: children };
  }
  const bytes = decodeBody(body, headerValue(headers, "Content-Transfer-Encoding"));
  return { partId, mimeType: ct.type, filename, headers, body: { size: bytes.length, data: bytes.toString("base64url") } };
}

/** The message's top-level part (Gmail's `payload`); its `partId` is "". */
export function parseMessage(message: Buffer): MessagePart {
  return parsePart(message.toString("latin1"), "");
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
