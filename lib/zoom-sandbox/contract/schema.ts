/**
 * OpenAPI 3.0 schema → JSON Schema (draft-07, as ajv 8 reads it), pragmatically.
 *
 * Relaxations, each because Zoom's documents need it (listed in SANDBOX.md too):
 * - `nullable: true` becomes a `[type, "null"]` type union (OpenAPI 3.0 semantics; ajv's own
 *   `nullable` support rejects schemas without a sibling `type`, which Zoom has).
 * - `$ref` is resolved against the same document (`#/components/...`). Zoom's March-2026 documents
 *   contain none, but the harness must not silently accept one it cannot follow.
 * - Annotation keys (`example`, `x-*`, `deprecated`, `title`, `description`) are dropped.
 * - Custom or mistaken formats that are not JSON Schema formats (`Hex color code`, `HTMLSafety`,
 *   `string`, `binary`, …) are registered as accept-anything (see validator.ts); real formats
 *   (`date-time`, `date`, `email`, `uri`, `int64`) are enforced.
 * - `maximum`/`minimum` written on array schemas (Zoom means maxItems) stay as they are: JSON Schema
 *   ignores them for arrays, so they neither fail valid data nor enforce the intended limit.
 * - `weekly_days` is documented as "comma separated values" (`"1,3"`) but its enum lists single
 *   days only; its enum becomes the pattern the description states. Named fixes like this one live
 *   in PROPERTY_FIXES, so each relaxation is explicit.
 * - `oneOf` becomes `anyOf`: Zoom lists alternative answers (e.g. `userSettings`: all settings, or
 *   only the authentication group, chosen by `option`) as open objects with no required fields, so
 *   every real answer matches several of them and `oneOf` would fail whatever Zoom sends.
 * - `additionalProperties` is left open: Zoom's schemas never close objects, and real Zoom responses
 *   carry undocumented fields, so an extra field is not a contract violation.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const DROPPED_KEYS = new Set(["example", "examples", "deprecated", "title", "description", "xml", "externalDocs"]);

/** Per-property corrections where a document contradicts its own description. */
const PROPERTY_FIXES: Partial<Record<string, (schema: JsonObject) => JsonObject>> = {
  weekly_days: ({ enum: _enum, default: _default, ...rest }) => ({ ...rest, pattern: "^[1-7](,[1-7])*$" }),
};

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function resolveRef(ref: string, root: JsonObject): Json {
  if (!ref.startsWith("#/")) throw new Error(`external $ref not supported: ${ref}`);
  let node: Json = root;
  for (const part of ref.slice(2).split("/")) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) || !(key in node)) throw new Error(`unresolvable $ref: ${ref}`);
    node = node[key];
  }
  return node;
}

/** Converts one schema node; `root` is the whole OpenAPI document, for `$ref`. */
export function toJsonSchema(schema: unknown, root: unknown = {}, seen: string[] = []): Json {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, root, seen));
  if (!isObject(schema)) return schema as Json;
  if (typeof schema.$ref === "string") {
    if (seen.includes(schema.$ref)) return {}; // recursive component: stop, accept anything below
    return toJsonSchema(resolveRef(schema.$ref, root as JsonObject), root, [...seen, schema.$ref]);
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYS.has(key) || key.startsWith("x-") || key === "nullable") continue;
    if (key === "properties" && isObject(value)) {
      // Property names are data, not keywords: convert each value, keep every name.
      out.properties = Object.fromEntries(
        Object.entries(value).map(([k, v]) => {
          const converted = toJsonSchema(v, root, seen);
          const fix = PROPERTY_FIXES[k];
          return [k, fix && isObject(converted) ? fix(converted) : converted];
        }),
      );
    } else if (key === "oneOf") {
      out.anyOf = toJsonSchema(value, root, seen);
    } else {
      out[key] = toJsonSchema(value, root, seen);
    }
  }
  if (schema.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  }
  return out;
}
