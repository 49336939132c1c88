import { describe, expect, it } from "vitest";
import { redactPayload } from "@/lib/webhooks/redact";

describe("redactPayload", () => {
  it("drops the download token, passcodes and credentialed links of a recording.completed event, keeps what the audit reads", () => {
    const event = {
      event: "recording.completed",
      event_ts: 1,
      download_token: "eyJ.download",
      payload: {
        account_id: "acc",
        operator: "olivia@example.org",
        object: {
          id: 85012345678,
          uuid: "u==",
          topic: "Weekly sync",
          password: "123456",
          recording_play_passcode: "abc",
          share_url: "https://zoom.us/rec/share/x?pwd=y",
          recording_files: [{ id: "f1", file_type: "MP4", download_url: "https://zoom.us/rec/download/f1", play_url: "https://zoom.us/rec/play/f1", file_size: 10 }],
        },
      },
    };
    expect(redactPayload(event)).toEqual({
      event: "recording.completed",
      event_ts: 1,
      payload: {
        account_id: "acc",
        operator: "olivia@example.org",
        object: { id: 85012345678, uuid: "u==", topic: "Weekly sync", recording_files: [{ id: "f1", file_type: "MP4", file_size: 10 }] },
      },
    });
  });

  it("drops a meeting's join and start links and the registrant's join link", () => {
    const kept = redactPayload({ object: { join_url: "https://zoom.us/j/1?pwd=x", start_url: "https://zoom.us/s/1?zak=y", registrant: { id: "r", email: "a@b.test", join_url: "https://zoom.us/w/1?tk=z" } } });
    expect(kept).toEqual({ object: { registrant: { id: "r", email: "a@b.test" } } });
    expect(JSON.stringify(kept)).not.toMatch(/pwd=|zak=|tk=/);
  });

  it("keeps a row storable: NUL characters go, absurd nesting is cut", () => {
    expect(redactPayload({ topic: "a\u0000b", ["k\u0000"]: 1 })).toEqual({ topic: "ab" });
    const deep = JSON.parse("[".repeat(1000) + "]".repeat(1000)) as unknown;
    expect(JSON.stringify(redactPayload(deep)).length).toBeLessThan(100);
  });
});
