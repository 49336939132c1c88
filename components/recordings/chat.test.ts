import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { chatCsv, parseChat, searchChat } from "./chat";

const sandboxChat = [
  "00:00:01\tFrom Olivia Bennett to Everyone:\tMorning!",
  "00:00:03\tFrom Mei Chen to Olivia Bennett (Direct Message):\tCan you share the deck?",
  "00:00:05\tFrom Daniel Okafor to Everyone:\tLink: https://example.test/a",
  "second line of the same message",
  "",
].join("\n");

describe("parseChat", () => {
  it("reads the sender, the recipient and direct messages, and joins continued lines", () => {
    expect(parseChat(sandboxChat)).toEqual([
      { at: 1, time: "00:00:01", sender: "Olivia Bennett", recipient: null, direct: false, text: "Morning!" },
      { at: 3, time: "00:00:03", sender: "Mei Chen", recipient: "Olivia Bennett", direct: true, text: "Can you share the deck?" },
      { at: 5, time: "00:00:05", sender: "Daniel Okafor", recipient: null, direct: false, text: "Link: https://example.test/a\nsecond line of the same message" },
    ]);
  });

  it("accepts Zoom's plain cloud form and the saved-chat form with spaces", () => {
    expect(parseChat("01:02:03\tAlex Kim:\tHello: all\r\n10:03:12 From Sam to Alex Kim (Privately): psst\n")).toEqual([
      { at: 3723, time: "01:02:03", sender: "Alex Kim", recipient: null, direct: false, text: "Hello: all" },
      { at: 36192, time: "10:03:12", sender: "Sam", recipient: "Alex Kim", direct: true, text: "psst" },
    ]);
  });

  it("gives nothing for text that is not a chat file", () => {
    expect(parseChat("hello\nworld")).toEqual([]);
  });
});

describe("searchChat and chatCsv", () => {
  const messages = parseChat(sandboxChat);

  it("finds by sender, recipient or words", () => {
    expect(searchChat(messages, "mei").map((m) => m.at)).toEqual([3]);
    expect(searchChat(messages, "everyone").map((m) => m.at)).toEqual([1, 5]);
    expect(searchChat(messages, "DECK").map((m) => m.at)).toEqual([3]);
    expect(searchChat(messages, "")).toHaveLength(3);
  });

  it("exports one row per message, formula-looking cells defused", () => {
    const rows = Papa.parse<string[]>(chatCsv([...messages, { at: 6, time: "00:00:06", sender: "Eve", recipient: null, direct: false, text: "=HYPERLINK(1)" }])).data;
    expect(rows[0]).toEqual(["Time", "Sender", "Recipient", "Direct message", "Message"]);
    expect(rows[2]).toEqual(["00:00:03", "Mei Chen", "Olivia Bennett", "yes", "Can you share the deck?"]);
    expect(rows[4]![4]).toBe("'=HYPERLINK(1)");
  });
});
