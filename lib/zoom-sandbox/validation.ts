/**
 * Turning zod failures into Zoom's validation error:
 * `400 {"code":300,"message":"Validation Failed.","errors":[{"field":"user_info.email","message":"Invalid field."}]}`.
 */
import type { z } from "zod";
import { ZoomSandboxError } from "./types";

export function validationError(fields: string[]): ZoomSandboxError {
  const unique = [...new Set(fields)];
  return new ZoomSandboxError(
    400,
    300,
    "Validation Failed.",
    unique.map((field) => ({ field, message: "Invalid field." })),
  );
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
