/**
 * Zero-width spaces, word joiners and byte-order marks arrive with text pasted from web pages and
 * chat apps. The API refuses them everywhere (lib/api/text-safety.ts); a formatted mail body drops
 * them instead, since in one nobody could find them to delete (the editor and lib/zoom/mail-message.ts).
 */
export const stripInvisibleFormatting = (text: string) => text.replace(/[\u200B\u2060-\u2064\uFEFF]/g, "");
