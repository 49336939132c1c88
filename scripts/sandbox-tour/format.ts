/**
 * How the tour prints: one aligned line per request. Ids, UUIDs, tokens and signatures are
 * abbreviated so a line fits a terminal and the output is comparable from run to run.
 */
import type { StepResult } from "./client";

const PATH_WIDTH = 62;

/** Segments that are API words, not ids (kept as they are). */
const WORD = /^[a-z_-]+$|^v2$/;

function abbreviate(value: string): string {
  if (/^\d{9,}$/.test(value)) return `${value.slice(0, 3)}…${value.slice(-2)}`; // meeting/webinar ids, occurrence ids
  if (/^[^@/]+@[^@/]+$/.test(value)) return `${value.split("@")[0]}@…`; // mailbox addresses
  if (value.length > 12 && !WORD.test(value)) return `${value.slice(0, 6)}…`; // UUIDs, user ids, file ids, tokens
  return value;
}

/** Decodes a segment (twice for double-encoded UUIDs) before abbreviating, so `%252F` shows as `/`. */
function segment(raw: string): string {
  let value = raw;
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(value); i++) {
    try {
      value = decodeURIComponent(value);
    } catch {
      break;
    }
  }
  const shown = abbreviate(value);
  return raw.includes("%25") ? `«${shown}»` : shown; // «…» marks a double-encoded UUID
}

export function displayPath(path: string, query: URLSearchParams): string {
  const shownPath = path.split("/").map((s) => (s ? segment(s) : s)).join("/");
  const params = [...query].map(([k, v]) => (v === "" ? k : `${k}=${abbreviate(v)}`));
  return params.length ? `${shownPath}?${params.join("&")}` : shownPath;
}

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

export function formatStep(s: StepResult): string {
  const line = [
    String(s.n).padStart(3),
    s.method.padEnd(6),
    fit(s.path, PATH_WIDTH),
    String(s.status || "---").padStart(3),
    String(s.expected || "---").padStart(3),
    s.ok ? "✓" : "✗",
    s.trackingId || "-",
  ].join("  ");
  return s.ok || !s.problem ? line : `${line}\n${" ".repeat(13)}↳ ${s.problem}`;
}

export function formatHeading(area: string): string {
  return `\n── ${area} ${"─".repeat(Math.max(3, 70 - area.length))}`;
}

export const HEADER = ["  #", "method", "path".padEnd(PATH_WIDTH), "got", "exp", " ", "x-zm-trackingid"].join("  ");

export function summary(results: StepResult[]): string {
  const failed = results.filter((r) => !r.ok).length;
  return `tour: ${results.length - failed} passed, ${failed} failed`;
}
