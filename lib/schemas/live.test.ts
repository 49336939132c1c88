import { describe, expect, it } from "vitest";
import { CAPTION_CHUNK_CHARS, captionChunks, captionSendSchema, liveEventSchema } from "@/lib/schemas/live";

describe("captionChunks", () => {
  it("sends one post per non-empty line and splits long lines at word boundaries", () => {
    expect(captionChunks("  Hello   there \n\n\r\nsecond line ")).toEqual(["Hello there", "second line"]);
    const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");
    const chunks = captionChunks(long);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= CAPTION_CHUNK_CHARS && !c.startsWith(" "))).toBe(true);
    expect(chunks.join(" ")).toBe(long);
    expect(captionChunks("x".repeat(450))).toEqual(["x".repeat(200), "x".repeat(200), "x".repeat(50)]);
  });

  it("refuses empty and whitespace-only text", () => {
    expect(captionSendSchema.safeParse({ text: " \n\t " }).success).toBe(false);
    expect(captionSendSchema.safeParse({ text: "ok", lang: "english" }).success).toBe(false);
  });
});

describe("liveEventSchema", () => {
  it("accepts each documented method with its params and refuses others", () => {
    expect(liveEventSchema.safeParse({ method: "recording.start" }).success).toBe(true);
    expect(liveEventSchema.safeParse({ method: "recording.rewind" }).success).toBe(false);
    expect(liveEventSchema.safeParse({ method: "recording.start", params: { contacts: [] } }).success).toBe(false);
    expect(liveEventSchema.safeParse({ method: "participant.invite", params: { contacts: [{ email: "a@example.org" }] } }).success).toBe(true);
    expect(liveEventSchema.safeParse({ method: "participant.invite", params: { contacts: [{}] } }).success).toBe(false);
    expect(liveEventSchema.safeParse({ method: "waiting_room.update", params: {} }).success).toBe(false);
    expect(liveEventSchema.safeParse({ method: "participant.invite.room_system_callout", params: { call_type: "isdn", device_ip: "10.0.0.1" } }).success).toBe(false);
  });
});
