/** Draft/message views for Zoom Mail's `format` parameter (full, metadata, raw, minimal). */
import { type Draft } from "./mailbox";
import { type MessagePart, decodeRaw, parseMessage, snippetOf } from "./mime";

export const FORMATS = ["full", "metadata", "raw", "minimal"] as const;
export type Format = (typeof FORMATS)[number];

export function partsOf(draft: Draft): { bytes: Buffer; payload: MessagePart } {
  const bytes = decodeRaw(draft.raw) ?? Buffer.alloc(0);
  return { bytes, payload: parseMessage(bytes) };
}

function withoutBodies(part: MessagePart): Omit<MessagePart, "body" | "parts"> & { parts?: unknown[] } {
  return {
    partId: part.partId,
    mimeType: part.mimeType,
    filename: part.filename,
    headers: part.headers,
    ...(part.parts ? { parts: part.parts.map(withoutBodies) } : {}),
  };
}

export function renderDraft(draft: Draft, format: Format): Record<string, unknown> {
  const { bytes, payload } = partsOf(draft);
  const message: Record<string, unknown> = {
    id: draft.messageId,
    threadId: draft.threadId,
    labelIds: draft.labelIds,
    snippet: snippetOf(payload),
    historyId: draft.historyId ?? "",
    internalDate: draft.internalDate,
    sizeEstimate: bytes.length,
  };
  if (format === "full") message.payload = payload;
  if (format === "metadata") message.payload = withoutBodies(payload);
  if (format === "raw") message.raw = draft.raw === "" ? "" : bytes.toString("base64url");
  return { id: draft.id, message };
}

/** The short form create/update return. */
export function draftRef(draft: Draft): Record<string, unknown> {
  return { id: draft.id, message: { id: draft.messageId, threadId: draft.threadId, labelIds: draft.labelIds } };
}
