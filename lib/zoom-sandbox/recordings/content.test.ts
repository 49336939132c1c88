import { describe, expect, it } from "vitest";
import { captionsVtt, chatTxt, transcriptVtt } from "./content";

const lines = [
  { at: 0, speaker: "Ada Abara", text: "Good morning." },
  { at: 1.5, speaker: "Bo Berg", text: "Hi!" },
];

describe("recording file content", () => {
  it("writes a numbered WebVTT transcript whose cues end at the next cue and the last at the media end", () => {
    expect(transcriptVtt(lines, 6)).toBe(
      "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\nAda Abara: Good morning.\n\n2\n00:00:01.500 --> 00:00:06.000\nBo Berg: Hi!\n",
    );
    expect(captionsVtt(lines, 6)).toBe("WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nGood morning.\n\n00:00:01.500 --> 00:00:06.000\nHi!\n");
  });

  it("writes the chat file as time, sender and recipient, and message separated by tabs", () => {
    const chat = chatTxt([...lines, { at: 3, speaker: "Bo Berg", text: "Psst", to: "Ada Abara" }]);
    expect(chat).toBe(
      "00:00:00\tFrom Ada Abara to Everyone:\tGood morning.\n" +
        "00:00:01\tFrom Bo Berg to Everyone:\tHi!\n" +
        "00:00:03\tFrom Bo Berg to Ada Abara (Direct Message):\tPsst\n",
    );
  });
});
