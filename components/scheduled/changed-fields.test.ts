import { describe, expect, it } from "vitest";
import { changedFields } from "@/components/scheduled/changed-fields";

const values = {
  topic: "Sync",
  agenda: "",
  duration: 30,
  passcode: "abc",
  startDate: "2026-05-01",
  startTime: "09:00",
  timezone: "Europe/Paris",
  recurrence: null,
  settings: { waitingRoom: true },
};

describe("changedFields", () => {
  it("sends only the fields that were touched", () => {
    expect(changedFields(values, { topic: true })).toEqual({ topic: "Sync" });
    expect(changedFields(values, {})).toEqual({});
  });

  it("sends the whole schedule when any part of it changed", () => {
    expect(changedFields(values, { startTime: true })).toEqual({ startDate: "2026-05-01", startTime: "09:00", timezone: "Europe/Paris", recurrence: null });
  });

  it("sends settings as one block", () => {
    expect(changedFields(values, { settings: { waitingRoom: true } })).toEqual({ settings: { waitingRoom: true } });
  });
});
