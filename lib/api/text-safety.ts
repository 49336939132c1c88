/**
 * Characters no topic, name or id should carry: C0/C1 controls (NUL included) other than tab and
 * line breaks, bidirectional overrides and isolates (they make "evil.exe" read as "exe.live"),
 * zero-width spaces, word joiners and byte-order marks (ZWJ/ZWNJ and LRM/RLM stay: emoji and
 * several scripts need them), and lone UTF-16 surrogates (not text at all; they turn into U+FFFD or
 * break JSON at Zoom). Refused, not silently stripped, so what is saved is what was typed.
 */
// Without the `u` flag these run on UTF-16 code units, which is what finds a lone surrogate half.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a string, in words for the person who typed it; null when it is fine. */
export function unsafeTextReason(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL character";
  if (LONE_SURROGATE.test(value)) return "contains a broken character (a lone UTF-16 surrogate)";
  const match = UNSAFE_CHARS.exec(value);
  if (!match) return null;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return `contains an invisible control character (U+${code}); remove it and try again`;
}

/** The first unsafe string anywhere in a parsed JSON value, with its dotted path. */
export function findUnsafeText(value: unknown, path: string[] = []): { field: string; reason: string } | null {
  if (typeof value === "string") {
    const reason = unsafeTextReason(value);
    return reason ? { field: path.join(".") || "(request)", reason } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = unsafeTextReason(key);
      if (keyReason) return { field: [...path, "(key)"].join("."), reason: keyReason };
      const found = findUnsafeText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
