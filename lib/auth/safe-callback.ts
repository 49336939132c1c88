/**
 * Where the sign-in page may send someone afterwards: a path on this dashboard, nothing else. The
 * value is parsed the way a browser would parse it against this origin, so `/\evil.example` (a
 * browser reads `\` as `/`), `/%09/evil.example`, `//evil.example` and `https://evil.example` all
 * fall back to home instead of leaving the site.
 */
const HERE = "http://dashboard.invalid";

export function safeCallbackPath(value: string | string[] | undefined): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  // Control characters and backslashes have no place in a path we hand out (browsers drop or rewrite them).
  if (/[\u0000-\u001F\u007F\\]/.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? "/" : path;
}
