/**
 * Validates request and response bodies against an operation's schemas in Zoom's documents.
 * One ajv instance; compiled validators are cached per operation/status.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { type LocatedOperation, requireOperation } from "./operations";
import { toJsonSchema } from "./schema";
import { loadDocument } from "./spec-files";

// ajv-formats is CommonJS; under ESM interop its callable may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** Formats seen in Zoom's documents that are not JSON Schema formats: accepted without checking. */
const LOOSE_FORMATS = ["Hex color code", "HTMLSafety", "string", "url", "binary", "password"];

function createAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const format of LOOSE_FORMATS) ajv.addFormat(format, true);
  return ajv;
}

const ajv = createAjv();
const compiled = new Map<string, ValidateFunction | null>();

export interface ValidationResult {
  valid: boolean;
  /** Human-readable problems, `path: message`. */
  errors: string[];
}

function jsonSchemaOf(op: LocatedOperation, schema: unknown): object {
  return toJsonSchema(schema, loadDocument(op.spec)) as object;
}

function compile(key: string, op: LocatedOperation, schema: unknown): ValidateFunction | null {
  if (!compiled.has(key)) compiled.set(key, schema === undefined ? null : ajv.compile(jsonSchemaOf(op, schema)));
  return compiled.get(key) ?? null;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}

function jsonContent(content: Record<string, { schema?: unknown }> | undefined): { schema?: unknown } | undefined {
  if (!content) return undefined;
  return content["application/json"] ?? Object.values(content)[0];
}

/** Validates `body` against the operation's JSON request body schema. */
export function validateRequest(operationId: string, body: unknown): ValidationResult {
  const op = requireOperation(operationId);
  const content = jsonContent(op.operation.requestBody?.content);
  if (!content?.schema) {
    return body === undefined ? { valid: true, errors: [] } : { valid: false, errors: ["operation has no request body"] };
  }
  if (body === undefined) {
    return op.operation.requestBody?.required ? { valid: false, errors: ["request body is required"] } : { valid: true, errors: [] };
  }
  const validate = compile(`${operationId} request`, op, content.schema)!;
  const valid = validate(body) as boolean;
  return { valid, errors: describe(validate.errors) };
}

/**
 * Validates a response: the status must be documented for the operation, and `body` (undefined when
 * the response had no body) must match that status's JSON schema. A status documented without a
 * schema (204, 202) must come with no body.
 */
export function validateResponse(operationId: string, status: number, body: unknown): ValidationResult {
  const op = requireOperation(operationId);
  const response = op.operation.responses[String(status)];
  if (!(String(status) in op.operation.responses)) {
    return { valid: false, errors: [`status ${status} is not documented (documented: ${Object.keys(op.operation.responses).join(", ")})`] };
  }
  const content = jsonContent(response?.content);
  if (!content?.schema) {
    return body === undefined ? { valid: true, errors: [] } : { valid: false, errors: [`status ${status} documents no body`] };
  }
  if (body === undefined) return { valid: false, errors: [`status ${status} documents a body; none was sent`] };
  const validate = compile(`${operationId} ${status}`, op, content.schema)!;
  const valid = validate(body) as boolean;
  return { valid, errors: describe(validate.errors) };
}

/** The documented success status(es) of an operation (2xx keys of `responses`). */
export function successStatuses(operationId: string): number[] {
  return Object.keys(requireOperation(operationId).operation.responses)
    .filter((s) => /^2\d\d$/.test(s))
    .map(Number);
}
