import { describe, expect, it } from "vitest";
import { clockLabel, highlightParts, parseTranscript, splitSpeaker } from "./transcript";

const zoomVtt = `WEBVTT

1
00:00:00.000 --> 00:00:01.500
Olivia Bennett: Good morning everyone, let's start.

2
00:00:01.500 --> 00:00:03.000
Mei Chen: Thanks: the deck is shared.

3
00:01:05.250 --> 00:01:07.000
<v Daniel Okafor>Numbers look <b>good</b>.
`;

describe("parseTranscript", () => {
  it("reads Zoom's numbered cues with the speaker in the text, and voice spans", async () => {
    const lines = await parseTranscript(zoomVtt);
    expect(lines).toEqual([
      { id: "1", start: 0, end: 1.5, speaker: "Olivia Bennett", text: "Good morning everyone, let's start." },
      { id: "2", start: 1.5, end: 3, speaker: "Mei Chen", text: "Thanks: the deck is shared." },
      { id: "3", start: 65.25, end: 67, speaker: "Daniel Okafor", text: "Numbers look good." },
    ]);
  });

  it("reads captions without cue numbers or speakers", async () => {
    const lines = await parseTranscript("WEBVTT\n\n00:00:02.000 --> 00:00:04.000\nGood morning everyone.\n");
    expect(lines).toEqual([{ id: "1", start: 2, end: 4, speaker: null, text: "Good morning everyone." }]);
  });

  it("gives no lines for a file that is not WebVTT", async () => {
    expect(await parseTranscript("<html>not a transcript</html>")).toEqual([]);
  });
});

describe("splitSpeaker", () => {
  it("does not take a sentence or a number before a colon for a name", () => {
    expect(splitSpeaker("Note. Then: more")).toEqual({ speaker: null, text: "Note. Then: more" });
    expect(splitSpeaker("10: items")).toEqual({ speaker: null, text: "10: items" });
  });
});

describe("clockLabel and highlightParts", () => {
  it("prints positions as m:ss or h:mm:ss", () => {
    expect(clockLabel(0)).toBe("0:00");
    expect(clockLabel(65.9)).toBe("1:05");
    expect(clockLabel(3725)).toBe("1:02:05");
  });

  it("marks every case-insensitive match", () => {
    expect(highlightParts("Deck and deck", "DECK")).toEqual([
      { text: "Deck", match: true },
      { text: " and ", match: false },
      { text: "deck", match: true },
    ]);
    expect(highlightParts("Deck", " ")).toEqual([{ text: "Deck", match: false }]);
  });
});
