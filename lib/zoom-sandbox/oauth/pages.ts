/**
 * The sandbox's HTML pages (consent, device verification, errors): plain, accessible markup with
 * inline CSS, meant to be driven by Playwright through roles and labels.
 */
import type { SandboxUser } from "../types";

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `
  *{box-sizing:border-box}
  body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f5f8;color:#1f2933}
  main{max-width:34rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 2px 12px rgba(16,24,40,.08)}
  h1{font-size:1.35rem;margin:0 0 .25rem}
  .brand{color:#0b5cff;font-weight:700;letter-spacing:.02em;font-size:.85rem;text-transform:uppercase}
  p{margin:.5rem 0}
  fieldset{border:1px solid #d8dee6;border-radius:8px;padding:.5rem 1rem;margin:1rem 0;max-height:22rem;overflow:auto}
  legend{font-weight:600;padding:0 .25rem}
  .user{display:flex;gap:.6rem;align-items:flex-start;padding:.45rem 0;border-bottom:1px solid #eef1f4}
  .user:last-child{border-bottom:0}
  .user input{margin-top:.35rem}
  .role{display:block;color:#52606d;font-size:.85rem}
  .scopes{font-size:.85rem;color:#52606d;word-break:break-word}
  .actions{display:flex;gap:.75rem;margin-top:1.25rem}
  button{font:inherit;padding:.55rem 1.4rem;border-radius:8px;border:1px solid #0b5cff;cursor:pointer}
  button.primary{background:#0b5cff;color:#fff}
  button.secondary{background:#fff;color:#0b5cff}
  button:focus-visible,input:focus-visible{outline:3px solid #9ec2ff;outline-offset:2px}
  input[type=text]{font:inherit;padding:.45rem .6rem;border:1px solid #9aa5b1;border-radius:6px;width:100%;letter-spacing:.1em}
  label.block{display:block;font-weight:600;margin-top:1rem}
  .error{color:#b42318}
  code{background:#f3f5f8;padding:.1rem .3rem;border-radius:4px}
`;

/** An inline icon: without one the browser asks for /favicon.ico, which the sandbox does not serve (a 404 in the console at every sign-in). */
const ICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="6" fill="#0b5cff"/><path d="M5 8h8a1.5 1.5 0 0 1 1.5 1.5v5A1.5 1.5 0 0 1 13 16H5zM14.5 11l4-2.5v7l-4-2.5z" fill="#fff"/></svg>')}`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="${ICON}">
<style>${STYLE}</style>
</head>
<body>
<main>
<div class="brand" aria-hidden="true">Zoom Sandbox</div>
${body}
</main>
</body>
</html>`;
}

export function errorPage(title: string, message: string, code?: number): string {
  const detail = code ? ` <span>(error ${code})</span>` : "";
  return page(title, `<h1>${escapeHtml(title)}</h1><p class="error" role="alert">${escapeHtml(message)}${detail}</p>`);
}

/** Users a person can sign in as: active and able to log in (custCreate users cannot). */
export function signInUsers(users: SandboxUser[]): SandboxUser[] {
  return users.filter((u) => u.status === "active" && u.created_via !== "custCreate");
}

/** Radio buttons labelled exactly "First Last (email)"; role and licence are the description. */
export function userRadios(users: SandboxUser[], selectedId: string | undefined): string {
  const items = users
    .map((u, i) => {
      const id = `user-${i}`;
      const checked = u.id === selectedId ? " checked" : "";
      const name = `${u.first_name} ${u.last_name}`.trim() || u.display_name;
      return `<div class="user"><input type="radio" name="user_id" id="${id}" value="${escapeHtml(u.id)}"${checked} aria-describedby="${id}-role" required>
<div><label for="${id}">${escapeHtml(name)} (${escapeHtml(u.email)})</label><span class="role" id="${id}-role">${escapeHtml(u.role_name)} · ${u.type === 2 ? "Licensed" : "Basic"}</span></div></div>`;
    })
    .join("\n");
  return `<fieldset><legend>Sign in as</legend>\n${items}\n</fieldset>`;
}

export function hiddenFields(fields: Record<string, string | null | undefined>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v as string)}">`)
    .join("\n");
}
