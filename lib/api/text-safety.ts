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

/** Deeper than any body this API takes (mail drafts and recurrence rules nest a handful of levels). */
export const MAX_JSON_DEPTH = 64;

interface Visit {
  value: unknown;
  depth: number;
  /** The key or index that led here, and the visit it came from: the path is built only when reported. */
  key?: string;
  parent?: Visit;
}

const pathOf = (visit: Visit, last?: string) => {
  const parts = last === undefined ? [] : [last];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) parts.unshift(at.key);
  return parts.join(".") || "(request)";
};

/**
 * The first unsafe string anywhere in a parsed JSON value, with its dotted path; also refuses a value
 * nested deeper than MAX_JSON_DEPTH. A loop with its own stack, not recursion: `JSON.parse` accepts
 * ten thousand nested brackets, which would otherwise overflow the call stack (a 500, not a 400).
 */
export function findUnsafeText(root: unknown): { field: string; reason: string } | null {
  const stack: Visit[] = [{ value: root, depth: 0 }];
  while (stack.length) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (typeof value === "string") {
      const reason = unsafeTextReason(value);
      if (reason) return { field: pathOf(visit), reason };
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) return { field: pathOf(visit), reason: `nests deeper than ${MAX_JSON_DEPTH} levels` };
    const children: Visit[] = [];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) children.push({ value: value[i], depth: depth + 1, key: String(i), parent: visit });
    } else {
      for (const [key, item] of Object.entries(value)) {
        const keyReason = unsafeTextReason(key);
        if (keyReason) return { field: pathOf(visit, "(key)"), reason: keyReason };
        children.push({ value: item, depth: depth + 1, key, parent: visit });
      }
    }
    // Reversed onto the stack, so fields are looked at in order and the first bad one is named.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}
