import { describe, expect, it } from "vitest";
import { documentedScopes, requireOperation } from "./operations";
import { toJsonSchema } from "./schema";
import { specSuite } from "./spec-files";
import { validateRequest, validateResponse } from "./validator";

describe("toJsonSchema", () => {
  it("turns nullable into a null-able type and drops annotations", () => {
    const out = toJsonSchema({ type: "string", nullable: true, example: "x", "x-enum-descriptions": [], description: "d" });
    expect(out).toEqual({ type: ["string", "null"] });
  });

  it("keeps property names that look like keywords", () => {
    const out = toJsonSchema({ type: "object", properties: { description: { type: "string", example: "a" } } });
    expect(out).toEqual({ type: "object", properties: { description: { type: "string" } } });
  });

  it("reads oneOf as anyOf, because Zoom's alternative answers are overlapping open objects", () => {
    expect(toJsonSchema({ oneOf: [{ type: "object" }, { type: "object", title: "t" }] })).toEqual({ anyOf: [{ type: "object" }, { type: "object" }] });
  });

  it("resolves local $refs and refuses ones it cannot follow", () => {
    const root = { components: { schemas: { Id: { type: "integer", example: 1 } } } };
    expect(toJsonSchema({ $ref: "#/components/schemas/Id" }, root)).toEqual({ type: "integer" });
    expect(() => toJsonSchema({ $ref: "#/components/schemas/Nope" }, root)).toThrow(/unresolvable/);
  });
});

const spec = specSuite("validator against Zoom's documents");
const suite = spec.run ? describe : describe.skip;

suite(spec.title, () => {
  it("accepts a valid registrant body and names what is wrong with an invalid one", () => {
    expect(validateRequest("meetingRegistrantCreate", { email: "a@example.com", first_name: "A" }).valid).toBe(true);
    const bad = validateRequest("meetingRegistrantCreate", { email: "not-an-email" });
    expect(bad.valid).toBe(false);
    expect(bad.errors.join("\n")).toMatch(/first_name/);
    expect(bad.errors.join("\n")).toMatch(/format/);
  });

  it("checks the status is documented and that bodiless statuses have no body", () => {
    expect(validateResponse("meetingRegistrantStatus", 204, undefined).valid).toBe(true);
    expect(validateResponse("meetingRegistrantStatus", 204, {}).valid).toBe(false);
    expect(validateResponse("meetingRegistrantStatus", 200, undefined).errors[0]).toMatch(/not documented/);
  });

  it("enforces real formats in responses (date-time) but not Zoom's invented ones", () => {
    const ok = { id: 1, registrant_id: "r", start_time: "2026-01-01T10:00:00Z", topic: "t", join_url: "x" };
    expect(validateResponse("meetingRegistrantCreate", 201, ok).valid).toBe(true);
    expect(validateResponse("meetingRegistrantCreate", 201, { ...ok, start_time: "yesterday" }).valid).toBe(false);
    // `join_url` is documented with format "string" on the registrant list; anything goes there.
    const list = { registrants: [{ id: "a", email: "a@example.com", first_name: "A", join_url: "not a url" }] };
    expect(validateResponse("meetingRegistrants", 200, list).valid).toBe(true);
  });

  it("accepts comma-separated weekly_days, which the enum contradicts, but still checks the days", () => {
    const body = (weekly_days: string) => ({ topic: "t", type: 8, recurrence: { type: 2, weekly_days } });
    expect(validateRequest("meetingCreate", body("2,4")).valid).toBe(true);
    expect(validateRequest("meetingCreate", body("2,9")).valid).toBe(false);
  });

  it("reads scopes from the operation's security block", () => {
    expect(documentedScopes(requireOperation("create_draft_email"))).toEqual(
      expect.arrayContaining(["mail:write", "email:write:draft"]),
    );
  });
});
