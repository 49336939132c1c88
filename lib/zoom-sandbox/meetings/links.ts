/**
 * Join/start URLs and passcode variants. URLs point at the sandbox host (which serves small
 * join/start pages), so nothing in demo mode links to zoom.us.
 */
import { createHash } from "node:crypto";
import type { IdSource } from "../ids";

const PASSCODE_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A 6-character passcode like the ones Zoom generates when `default_password` is on. */
export function newPasscode(src: IdSource): string {
  let out = "";
  for (let i = 0; i < 6; i++) out += PASSCODE_CHARS[Math.floor(src.random() * PASSCODE_CHARS.length)];
  return out;
}

/** The `pwd=` value of join links: an opaque function of id and passcode. */
export function encryptedPasscode(id: number, passcode: string): string {
  return createHash("sha256").update(`${id}:${passcode}`).digest("base64url").replace(/[-_]/g, "a").slice(0, 32) + ".1";
}

/** Digits-only passcode for phone/H.323 participants (Zoom derives one when the passcode has letters). */
export function numericPasscode(passcode: string): string {
  if (passcode === "" || /^\d+$/.test(passcode)) return passcode;
  const digest = createHash("sha256").update(passcode).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0");
}

export function joinUrl(baseUrl: string, id: number, passcode: string, kind: "meeting" | "webinar" = "meeting"): string {
  const path = kind === "webinar" ? "w" : "j";
  return passcode ? `${baseUrl}/${path}/${id}?pwd=${encryptedPasscode(id, passcode)}` : `${baseUrl}/${path}/${id}`;
}

export function startUrl(baseUrl: string, id: number, hostId: string): string {
  const zak = createHash("sha256").update(`zak:${id}:${hostId}`).digest("base64url").slice(0, 40);
  return `${baseUrl}/s/${id}?zak=${zak}`;
}
