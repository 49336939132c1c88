import { describe, expect, it } from "vitest";
import { meetingInputSchema } from "@/lib/schemas/meeting";
import { alternativeHosts } from "@/lib/schemas/scheduled";
import { webinarInputSchema } from "@/lib/schemas/webinar";

describe("alternative hosts", () => {
  it("refuses a value that is neither an email nor a Zoom user id, naming it", () => {
    const result = alternativeHosts.safeParse(["ana@brightwave.test", "not-an-email"]);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: [1], message: "“not-an-email” is not an email address." })]);
  });

  it("accepts emails and Zoom's 22-character user ids", () => {
    expect(alternativeHosts.parse(["ana@brightwave.test", "KDcuGIm1QgePTO8WbOqwIQ"])).toEqual(["ana@brightwave.test", "KDcuGIm1QgePTO8WbOqwIQ"]);
  });

  it.each([
    ["meeting", meetingInputSchema],
    ["webinar", webinarInputSchema],
  ])("the %s schema (form and route alike) puts the message on settings.alternativeHosts", (_kind, schema) => {
    const result = schema.safeParse({ settings: { alternativeHosts: ["nope"] } });
    const issue = result.error?.issues.find((i) => i.path.join(".").startsWith("settings.alternativeHosts"));
    expect(issue?.path).toEqual(["settings", "alternativeHosts", 0]);
    expect(issue?.message).toBe("“nope” is not an email address.");
  });
});
