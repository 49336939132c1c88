/**
 * The small non-API pages a Zoom host would serve: the landing page, join/start links for
 * meetings and webinars, registration links and profile pictures. They keep demo-mode links
 * clickable without anything pointing at zoom.us.
 */
import { html } from "./http";
import { findMeetingIn } from "./meetings/lookup";
import { escapeHtml, page } from "./oauth/pages";
import type { SandboxRuntime } from "./runtime";
import { findWebinarIn } from "./webinars/lookup";

export function landingPage(rt: SandboxRuntime): Response {
  const base = rt.opts.baseUrl;
  return html(
    200,
    page(
      "Zoom Sandbox",
      `<h1>Zoom Sandbox</h1>
<p>A local stand-in for Zoom's OAuth host and REST API.</p>
<ul>
<li>OAuth: <code>${escapeHtml(base)}/oauth/authorize</code>, <code>${escapeHtml(base)}/oauth/token</code></li>
<li>REST: <code>${escapeHtml(base)}/v2</code></li>
<li>Control API: <code>${escapeHtml(base)}/_sandbox/state/summary</code></li>
<li>Client id: <code>${escapeHtml(rt.opts.clientId)}</code> · Account id: <code>${escapeHtml(rt.state.accountId)}</code></li>
</ul>`,
    ),
  );
}

export function joinPage(rt: SandboxRuntime, kind: "j" | "w" | "s", id: string): Response {
  const item = kind === "w" ? findWebinarIn(rt.state, id) : findMeetingIn(rt.state, id) ?? findWebinarIn(rt.state, id);
  if (!item) return html(404, page("Not found · Zoom Sandbox", `<h1>This meeting link is invalid</h1><p role="alert">Meeting ${escapeHtml(id)} does not exist.</p>`));
  const verb = kind === "s" ? "Start" : "Join";
  const live = item.status === "started" ? "The meeting is in progress." : "The meeting has not started yet.";
  return html(
    200,
    page(
      `${verb} ${item.topic} · Zoom Sandbox`,
      `<h1>${verb}: ${escapeHtml(item.topic)}</h1><p>Meeting ID <code>${item.id}</code>. ${live}</p><p>This is the sandbox; no real meeting client opens.</p>`,
    ),
  );
}

export function registrationPage(rt: SandboxRuntime, id: string): Response {
  const item = findMeetingIn(rt.state, id) ?? findWebinarIn(rt.state, id);
  const topic = item ? item.topic : id;
  return html(200, page(`Register · Zoom Sandbox`, `<h1>Registration: ${escapeHtml(topic)}</h1><p>Registration pages are not simulated; use the registrants API.</p>`));
}

/** A profile picture: initials on a colour derived from the user id. */
export function avatar(rt: SandboxRuntime, userId: string): Response {
  const user = rt.state.users.find((u) => u.id === userId);
  if (!user) return new Response("Not found", { status: 404 });
  const initials = `${user.first_name[0] ?? ""}${user.last_name[0] ?? ""}`.toUpperCase();
  let hash = 0;
  for (const c of user.id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128" role="img" aria-label="${escapeHtml(user.display_name)}"><rect width="128" height="128" rx="64" fill="hsl(${hash % 360} 55% 45%)"/><text x="64" y="78" font-family="system-ui,sans-serif" font-size="48" text-anchor="middle" fill="#fff">${escapeHtml(initials)}</text></svg>`;
  return new Response(svg, { status: 200, headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=3600" } });
}
