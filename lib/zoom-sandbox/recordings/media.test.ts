import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MEDIA, mediaBytes } from "./media";
import { simulatedBytes } from "./simulated";

function boxes(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let at = 0; at + 8 <= bytes.length; ) {
    const size = bytes.readUInt32BE(at);
    types.push(bytes.toString("latin1", at + 4, at + 8));
    if (size < 8) break;
    at += size;
  }
  return types;
}

describe("media fixtures", () => {
  it("declare the committed files' real sizes, together under 300 kB", () => {
    for (const kind of ["mp4", "m4a"] as const) expect(statSync(MEDIA[kind].url()).size).toBe(MEDIA[kind].size);
    expect(MEDIA.mp4.size + MEDIA.m4a.size).toBeLessThan(300_000);
  });

  it("are MP4s with the index (moov) before the media data, so a browser can play while loading", () => {
    expect(boxes(mediaBytes("mp4"))).toEqual(["ftyp", "moov", "free", "mdat"]);
    expect(boxes(mediaBytes("m4a")).slice(0, 2)).toEqual(["ftyp", "moov"]);
    expect(mediaBytes("m4a").toString("latin1", 8, 12)).toBe("M4A ");
    // The video track is H.264 (avc1) and both carry AAC audio (mp4a).
    expect(mediaBytes("mp4").includes("avc1")).toBe(true);
    expect(mediaBytes("mp4").includes("mp4a")).toBe(true);
    expect(readFileSync(MEDIA.m4a.url()).includes("mp4a")).toBe(true);
  });
});

describe("simulated files", () => {
  it("give the same bytes for a range as for the same slice of the whole", () => {
    const total = 300_000;
    const whole = simulatedBytes(total, 0, total - 1);
    expect(whole.toString("latin1", 4, 8)).toBe("ftyp");
    expect(whole.toString("latin1", 36, 40)).toBe("mdat");
    for (const [a, b] of [[0, 47], [40, 70_000], [65_000, 200_001], [total - 10, total - 1]]) {
      expect(simulatedBytes(total, a, b).equals(whole.subarray(a, b + 1))).toBe(true);
    }
  });
});
