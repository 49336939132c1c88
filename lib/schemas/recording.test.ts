import { describe, expect, it } from "vitest";
import { recordingIdSchema, recordingPathId } from "@/lib/schemas/recording";

describe("recording ids in the dashboard's paths", () => {
  it("carries a UUID with / and + through one path segment and back exactly", () => {
    for (const uuid of ["/ajXp112QmuoKj4854875==", "4444AAi//AAAAAAAA+==", "aDYlohsHRtCd4ii1uC2+hA=="]) {
      const id = recordingPathId(uuid);
      expect(id).not.toMatch(/[/+]/);
      expect(recordingIdSchema.parse(id)).toBe(uuid);
      expect(recordingIdSchema.parse(uuid)).toBe(uuid);
    }
  });

  it("keeps a numeric meeting id and refuses anything else", () => {
    expect(recordingIdSchema.parse("85746065432")).toBe("85746065432");
    for (const bad of ["../../etc", "abc", "a".repeat(80), "x%2Fy0123456789abcdef"]) expect(recordingIdSchema.safeParse(bad).success).toBe(false);
  });
});
