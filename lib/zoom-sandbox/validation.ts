/**
 * Zoom's validation failures: 400 `{"code":300,"message":"Validation Failed.","errors":[…]}`, with
 * "Missing field." for absent required fields and "Invalid field." for bad values (the two messages
 * seen on the wire). Bodies are checked either with a zod schema (`parseBody`) or field by field
 * (`checkString`, `checkEnum`… collecting `FieldError`s for `assertValid`).
 */
import type { z } from "zod";
import { ZoomSandboxError } from "./types";

export type FieldError = { field: string; message: string };

export const missing = (field: string): FieldError => ({ field, message: "Missing field." });
export const invalid = (field: string): FieldError => ({ field, message: "Invalid field." });

export function validationFailed(errors: FieldError[]): ZoomSandboxError {
  return new ZoomSandboxError(400, 300, "Validation Failed.", errors);
}

/** One "Invalid field." entry per distinct field. */
export function validationError(fields: string[]): ZoomSandboxError {
  return validationFailed([...new Set(fields)].map(invalid));
}

/** Parses `body` (undefined counts as `{}`) or throws Zoom's 300 with one entry per bad field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  const fields = result.error.issues.map((issue) => {
    const path = issue.path.filter((p) => typeof p === "string" || typeof p === "number").join(".");
    if (issue.code === "unrecognized_keys" || !path) return path || "request_body";
    return path;
  });
  throw validationError(fields);
}

/** A boolean query flag the way Zoom reads them ("true"/"false"); anything else is false. */
export function queryFlag(query: URLSearchParams, name: string): boolean {
  return query.get(name) === "true";
}

/** Throws Zoom's validation error when there are any field errors. */
export function assertValid(errors: FieldError[]): void {
  if (errors.length > 0) throw validationFailed(errors);
}

/** The JSON body as an object; Zoom answers a non-object body as a validation failure. */
export function objectBody(body: unknown, required = true): Record<string, unknown> {
  if (body === undefined || body === null) {
    if (required) throw new ZoomSandboxError(400, 300, "Request Body is required");
    return {};
  }
  if (typeof body !== "object" || Array.isArray(body)) throw validationFailed([invalid("body")]);
  return body as Record<string, unknown>;
}

// RFC 5322-ish, the same looseness as Zoom's own check: something@something.tld
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: unknown): value is string {
  return typeof value === "string" && EMAIL.test(value);
}

/** Checks an optional string field's type and length. */
export function checkString(body: Record<string, unknown>, field: string, maxLength: number | undefined, errors: FieldError[]): void {
  const value = body[field];
  if (value === undefined || value === null) return;
  if (typeof value !== "string" || (maxLength !== undefined && value.length > maxLength)) errors.push(invalid(field));
}

/** Checks an optional enum field. */
export function checkEnum(body: Record<string, unknown>, field: string, allowed: readonly unknown[], errors: FieldError[]): void {
  const value = body[field];
  if (value === undefined || value === null) return;
  if (!allowed.includes(value)) errors.push(invalid(field));
}

/** Parses an optional query flag Zoom documents as boolean (`true`/`false`). */
export function queryBoolean(query: URLSearchParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw validationFailed([invalid(name)]);
}
