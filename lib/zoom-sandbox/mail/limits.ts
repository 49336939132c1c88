/**
 * Zoom Mail's size limit. Zoom's Mail document states none; 25 MB for the whole message (headers,
 * bodies and encoded attachments, after base64url decoding of `raw`) is the common webmail limit
 * and the sandbox's assumption (SANDBOX.md "Mail", UNCONFIRMED). Mail routes accept request bodies
 * big enough to carry such a message as base64url JSON; every other route keeps the small default.
 */
export const MAIL_MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/** base64url grows 3 bytes to 4; 64 KiB leaves room for the JSON around it. */
export const MAIL_MAX_BODY_BYTES = Math.ceil((MAIL_MAX_MESSAGE_BYTES * 4) / 3) + 64 * 1024;

const MAIL_PATH = /\/v2\/emails\/mailboxes\/[^/]+\/(drafts|messages)(\/|$)/;

/** The body limit for a request: mail message routes get room for a full-size message. */
export function bodyLimitFor(pathname: string, base: number): number {
  return MAIL_PATH.test(pathname) ? Math.max(base, MAIL_MAX_BODY_BYTES) : base;
}
