import { describe, expect, it } from "vitest";
import { readRecentZones, rememberZone, zoneOptions } from "@/components/scheduled/time-zones";

const AT = new Date("2027-01-15T12:00:00Z");
const ZONES = ["Africa/Abidjan", "America/Argentina/Buenos_Aires", "America/New_York", "Asia/Kolkata", "Europe/Berlin", "Europe/London", "UTC"];

describe("time zone options", () => {
  it("finds a zone from a few typed letters, ignoring case, slashes and underscores", () => {
    expect(zoneOptions(ZONES, "Berl", { viewer: null, recent: [] }, AT).map((o) => o.zone)).toEqual(["Europe/Berlin"]);
    expect(zoneOptions(ZONES, "new york", { viewer: null, recent: [] }, AT)[0]).toMatchObject({ zone: "America/New_York", city: "New York", offset: "UTC-05:00" });
    expect(zoneOptions(ZONES, "America/New_York", { viewer: null, recent: [] }, AT)[0]!.zone).toBe("America/New_York");
    expect(zoneOptions(ZONES, "buenos", { viewer: null, recent: [] }, AT)[0]!.city).toBe("Argentina / Buenos Aires");
  });

  it("puts the viewer's zone, then recent ones (most recent first), ahead of the alphabet", () => {
    const options = zoneOptions(ZONES, "", { viewer: "America/New_York", recent: ["Asia/Kolkata", "Europe/Berlin", "America/New_York", "Nowhere/Else"] }, AT);
    expect(options.slice(0, 4).map((o) => [o.zone, o.tag])).toEqual([
      ["America/New_York", "Your time zone"],
      ["Asia/Kolkata", "Recently used"],
      ["Europe/Berlin", "Recently used"],
      ["Africa/Abidjan", null],
    ]);
    expect(options).toHaveLength(ZONES.length);
  });

  it("keeps at most five recent zones, newest first, and survives junk in storage", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) } as Storage;
    for (const zone of ["UTC", "Europe/Berlin", "Asia/Kolkata", "Europe/London", "America/New_York", "Africa/Abidjan", "Europe/Berlin"]) rememberZone(storage, zone);
    expect(readRecentZones([...store.values()][0]!)).toEqual(["Europe/Berlin", "Africa/Abidjan", "America/New_York", "Europe/London", "Asia/Kolkata"]);
    expect(readRecentZones("{not json")).toEqual([]);
    expect(readRecentZones('{"a":1}')).toEqual([]);
  });
});
