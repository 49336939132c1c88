/**
 * The viewer's time zone, remembered in a cookie so the server can render times in it
 * (components/ui/time.ts). The browser writes it on every page load (app/layout.tsx's head
 * script); the server trusts nothing in it: only a name the runtime knows as an IANA zone is used.
 * It is not a secret and identifies nobody beyond what the browser says anyway.
 */
export const TIME_ZONE_COOKIE = "viewer-tz";

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/**
 * The zone the cookie names, or null when it names none. Kept as the browser spelled it (Node's
 * ICU may prefer another alias), so the server renders exactly what the browser will.
 */
export function rememberedTimeZone(raw: string | undefined): string | null {
  if (!raw) return null;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (!ZONE_NAME.test(name)) return null;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return name;
  } catch {
    return null;
  }
}

/** Inline in the page's head: keeps the cookie at the browser's zone for a year (Lax, Secure over https). */
export const timeZoneCookieScript = `try{document.cookie="${TIME_ZONE_COOKIE}="+encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)+";path=/;max-age=31536000;samesite=lax"+(location.protocol==="https:"?";secure":"")}catch(e){}`;
