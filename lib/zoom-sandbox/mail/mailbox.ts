/**
 * Mailbox resolution, Mail's error shape and ids.
 *
 * Mail errors: the Mail document lists `{code, message}` pairs whose code repeats the HTTP status
 * (400 "Invalid Request.", 401 "Authorization Failure.", 404 "Not Found."); whether the wire body
 * really has that shape is UNCONFIRMED (see SANDBOX.md).
 */
import { ZoomSandboxError, type RouteContext, type SandboxMailbox } from "../types";
import { canActOnUser, hasAdminAccess } from "../access";
import { findUser } from "../users/lookup";

export type Draft = SandboxMailbox["drafts"][number] & { historyId?: string };
export type SentMessage = SandboxMailbox["sent"][number] & { historyId?: string };
export type Mailbox = Omit<SandboxMailbox, "drafts" | "sent" | "inbox"> & { drafts: Draft[]; sent: SentMessage[]; inbox?: SentMessage[] };

export const mailError = {
  invalidRequest: () => new ZoomSandboxError(400, 400, "Invalid Request."),
  invalidArgument: () => new ZoomSandboxError(400, 400, "Invalid Argument."),
  authorization: () => new ZoomSandboxError(401, 401, "Authorization Failure."),
  notFound: () => new ZoomSandboxError(404, 404, "Not Found."),
};

/**
 * The mailbox `{email}` names; `me` is the token user's primary mailbox. A mailbox of someone the
 * caller may not act for is an authorization failure (401, documented for every Mail operation).
 * An address without a provisioned mailbox is 404 "Not Found." where the operation documents a
 * 404 (`missing: "not-found"`), else 400 "Invalid Request." — the document lists no 404 for
 * listing, creating or the settings, so the sandbox does not invent one.
 */
export function resolveMailbox(ctx: RouteContext, missing: "not-found" | "invalid" = "invalid"): Mailbox {
  const param = ctx.params.email;
  const owner = param === "me" ? ctx.state.users.find((u) => u.id === ctx.auth.userId) : findUser(ctx.state, param);
  const address = (param === "me" ? owner?.email : param)?.toLowerCase();
  if (owner && !canActOnUser(ctx, owner.id)) throw mailError.authorization();
  const mailbox = address ? (ctx.state.mailboxes[address] as Mailbox | undefined) : undefined;
  if (!mailbox) throw missing === "not-found" ? mailError.notFound() : mailError.invalidRequest();
  // Shared or group mailboxes have no user of their own: only admin-level apps reach them.
  if (!owner && !hasAdminAccess(ctx)) throw mailError.authorization();
  return mailbox;
}

/** Every change moves the mailbox's history forward; messages remember the id that last touched them. */
export function touch(mailbox: Mailbox): string {
  mailbox.historyId += 1;
  return String(mailbox.historyId);
}

function hex(random: () => number, length: number): string {
  let out = "";
  while (out.length < length) out += Math.floor(random() * 0x10000).toString(16).padStart(4, "0");
  return out.slice(0, length);
}

/**
 * Ids shaped like Zoom Mail's, e.g. `89f1000000000000_e856432f45a75bea_001`; the middle part mixes
 * the time with the state's sequence, so ids stay unique and deterministic after a reset.
 */
export function mailId(src: { state: { seq: number }; random(): number }, nowMs: number): string {
  src.state.seq += 1;
  const time = Math.floor(nowMs / 1000).toString(16).padStart(8, "0").slice(-8);
  const seq = (src.state.seq % 0x10000).toString(16).padStart(4, "0");
  return `${hex(src.random, 4)}${"0".repeat(12)}_${time}${seq}${hex(src.random, 4)}_001`;
}

export function emptyMailbox(email: string): Mailbox {
  return {
    email: email.toLowerCase(),
    drafts: [],
    sent: [],
    inbox: [],
    vacation: {
      enableAutoReply: false,
      responseSubject: "",
      responseBodyPlainText: "",
      responseBodyHtml: "",
      enableAlwaysRespond: false,
      restrictToContacts: false,
      restrictToDomain: false,
    },
    language: { language: "en-US" },
    historyId: 1000,
  };
}
