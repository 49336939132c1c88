import { describe, expect, it } from "vitest";
import { captionsVtt, chatTxt, m4aPlaceholder, mp4Placeholder, transcriptVtt } from "./content";

const lines = [
  { at: 0, speaker: "Ada Abara", text: "Good morning." },
  { at: 65.5, speaker: "Bo Berg", text: "Hi!" },
];

describe("recording file content", () => {
  it("writes a numbered WebVTT transcript with speaker-prefixed cues", () => {
    expect(transcriptVtt(lines)).toBe(
      "WEBVTT\n\n1\n00:00:00.000 --> 00:00:08.000\nAda Abara: Good morning.\n\n2\n00:01:05.500 --> 00:01:10.500\nBo Berg: Hi!\n",
    );
    expect(captionsVtt(lines).startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nGood morning.")).toBe(true);
  });

  it("writes the cloud chat file as time, name and message separated by tabs", () => {
    expect(chatTxt(lines)).toBe("00:00:00\tAda Abara:\tGood morning.\n00:01:05\tBo Berg:\tHi!\n");
  });

  it("makes media placeholders that start with an ISO-BMFF ftyp box", () => {
    const mp4 = mp4Placeholder();
    expect(mp4.readUInt32BE(0)).toBe(32);
    expect(mp4.subarray(4, 12).toString("latin1")).toBe("ftypisom");
    expect(m4aPlaceholder().subarray(4, 12).toString("latin1")).toBe("ftypM4A ");
  });
});
