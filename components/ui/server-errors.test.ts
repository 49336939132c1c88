import { describe, expect, it, vi } from "vitest";
import { applyServerErrors } from "@/components/ui/server-errors";
import { ApiClientError } from "@/lib/queries/http";

const FIELDS = ["topic", "settings", "scheduleFor"] as const;
const zoom = (code: number, message: string) => ({ status: 400, code, message, trackingId: "trk" });

describe("applyServerErrors", () => {
  it("puts Zoom's alternative-host refusal (1114, no errors[]) on the alternative hosts field, with Zoom's words", () => {
    const setError = vi.fn();
    const message = "The user nobody@elsewhere.com is not a licensed user of this account and cannot be an alternative host.";
    const placed = applyServerErrors(new ApiClientError(400, "bad_request", `Zoom: ${message}`, [], zoom(1114, message)), setError, FIELDS);
    expect(placed).toBe(1);
    expect(setError).toHaveBeenCalledWith("settings.alternativeHosts", { type: "server", message: `Zoom: ${message}` });
  });

  it("leaves other Zoom codes without fields to the form's top-level error", () => {
    const setError = vi.fn();
    expect(applyServerErrors(new ApiClientError(400, "bad_request", "Zoom: x", [], zoom(3161, "x")), setError, FIELDS)).toBe(0);
    expect(setError).not.toHaveBeenCalled();
  });

  it("puts our own validation of one alternative host on the alternative hosts field, where the form shows it", () => {
    const setError = vi.fn();
    const error = new ApiClientError(400, "validation_failed", "Check the fields", [{ field: "settings.alternativeHosts.1", message: "“nope” is not an email address." }]);
    expect(applyServerErrors(error, setError, FIELDS)).toBe(1);
    expect(setError).toHaveBeenCalledWith("settings.alternativeHosts", { type: "server", message: "“nope” is not an email address." });
  });
});
