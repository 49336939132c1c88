import { describe, expect, it } from "vitest";
import { rememberedTimeZone } from "./time-zone-cookie";

describe("the remembered time zone cookie", () => {
  it("gives a zone the runtime knows, spelled as the browser sent it, encoded or not", () => {
    expect(rememberedTimeZone("Europe/London")).toBe("Europe/London");
    expect(rememberedTimeZone("America%2FArgentina%2FBuenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(rememberedTimeZone("Asia%2FCalcutta")).toBe("Asia/Calcutta");
    expect(rememberedTimeZone("Etc%2FGMT%2B5")).toBe("Etc/GMT+5");
  });

  it("ignores what is not a zone: unknown names, markup, broken encoding, invisible characters, huge values", () => {
    for (const raw of [undefined, "", "Mars/Olympus_Mons", '"><script>alert(1)</script>', "%E0%A4%A", "Europe/London\u200b", "Europe%2FLondon%00", `Europe/${"x".repeat(100)}`, "../../etc/passwd"]) {
      expect(rememberedTimeZone(raw), String(raw)).toBeNull();
    }
  });
});
