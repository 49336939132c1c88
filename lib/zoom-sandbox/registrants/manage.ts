/** Listing, reading, deleting registrants and changing their status (meetings and webinars). */
import { ZoomSandboxError, type RouteContext, type SandboxRegistrant } from "../types";
import { json, noContent } from "../http";
import { paginate } from "../pagination";
import { assertValid, invalid, missing, objectBody } from "../validation";
import { type ParentRef, type RegistrantKind, registrantsOf, requireRegistration, resolveParent } from "./parent";
import { publicStatus, renderRegistrant } from "./render";

const LIST_STATUSES = ["pending", "approved", "denied"] as const;

function attendsOccurrence(r: SandboxRegistrant, occurrenceId: string | null): boolean {
  return !occurrenceId || r.occurrence_ids.length === 0 || r.occurrence_ids.includes(occurrenceId);
}

export function listRegistrants(ctx: RouteContext, kind: RegistrantKind): Response {
  const ref = resolveParent(ctx, kind);
  const status = ctx.query.get("status") || "approved";
  if (!(LIST_STATUSES as readonly string[]).includes(status)) assertValid([invalid("status")]);
  requireRegistration(ref, "list");
  const occurrenceId = ctx.query.get("occurrence_id");
  const tracking = kind === "webinar" ? ctx.query.get("tracking_source_id") : null;
  const matching = registrantsOf(ctx, ref)
    .filter((r) => publicStatus(r.status) === status && attendsOccurrence(r, occurrenceId))
    .filter((r) => !tracking || r.fields.source_id === tracking)
    .sort((a, b) => a.create_time.localeCompare(b.create_time) || a.id.localeCompare(b.id));
  const page = paginate(ctx, matching, {
    defaultSize: 30,
    maxSize: 300,
    key: `registrants:${kind}:${ref.parent.id}:${status}:${occurrenceId ?? ""}:${tracking ?? ""}`,
  });
  return json(200, {
    page_count: page.page_count,
    page_number: page.page_number,
    page_size: page.page_size,
    total_records: page.total_records,
    next_page_token: page.next_page_token,
    registrants: page.items.map((r) => renderRegistrant(r, ctx.baseUrl)),
  });
}

function registrantNotFound(id: string): ZoomSandboxError {
  return new ZoomSandboxError(400, 3079, `This registrant does not exist: ${id}.`);
}

function findRegistrant(ctx: RouteContext, ref: ParentRef, id: string): SandboxRegistrant | undefined {
  return registrantsOf(ctx, ref).find((r) => r.id === id);
}

export function getRegistrant(ctx: RouteContext, kind: RegistrantKind): Response {
  const ref = resolveParent(ctx, kind);
  if (kind === "webinar") requireRegistration(ref, "other");
  const registrant = findRegistrant(ctx, ref, ctx.params.registrantId);
  if (!registrant) throw registrantNotFound(ctx.params.registrantId);
  return json(200, renderRegistrant(registrant, ctx.baseUrl));
}

/**
 * Deletes a registration. With `occurrence_id`, only that occurrence is dropped, and the
 * registrant disappears once no occurrence is left.
 */
export function deleteRegistrant(ctx: RouteContext, kind: RegistrantKind): Response {
  const ref = resolveParent(ctx, kind);
  requireRegistration(ref, "other");
  const id = ctx.params.registrantId;
  const registrant = findRegistrant(ctx, ref, id);
  if (!registrant) {
    throw kind === "meeting"
      ? new ZoomSandboxError(400, 300, "The value that you entered for the Registrant ID field is invalid. Enter a valid value and try again.")
      : new ZoomSandboxError(400, 3000, `Registrant ${id} was not found.`);
  }
  const occurrenceId = ctx.query.get("occurrence_id");
  if (occurrenceId && registrant.occurrence_ids.length > 0) {
    registrant.occurrence_ids = registrant.occurrence_ids.filter((o) => o !== occurrenceId);
    if (registrant.occurrence_ids.length > 0) return noContent(204);
  }
  ctx.state.registrants = ctx.state.registrants.filter((r) => r !== registrant);
  return noContent(204);
}

const TRANSITIONS: Record<string, { to: SandboxRegistrant["status"]; from: SandboxRegistrant["status"][] }> = {
  approve: { to: "approved", from: ["pending", "denied", "cancelled"] },
  deny: { to: "denied", from: ["pending", "approved"] },
  cancel: { to: "cancelled", from: ["approved", "pending"] },
};

/** Zoom caps one status update at 30 registrants. */
const MAX_PER_UPDATE = 30;

/**
 * `PUT …/registrants/status`. Registrants are matched by `id` or by `email`; ones that do not
 * exist or are already in a state the action does not apply to are left alone (the documents
 * list no error for an unknown registrant). Each named registrant spends one of its daily status
 * updates; when one has none left the whole request is refused with the daily 429.
 */
export function updateRegistrantStatus(ctx: RouteContext, kind: RegistrantKind): Response {
  const ref = resolveParent(ctx, kind);
  const body = objectBody(ctx.body);
  const errors = [];
  if (body.action === undefined) errors.push(missing("action"));
  else if (typeof body.action !== "string" || !(body.action in TRANSITIONS)) errors.push(invalid("action"));
  const list = body.registrants;
  if (list !== undefined) {
    const ok =
      Array.isArray(list) &&
      list.length <= MAX_PER_UPDATE &&
      list.every((r) => r && typeof r === "object" && (typeof r.id === "string" || typeof r.email === "string"));
    if (!ok) errors.push(invalid("registrants"));
  }
  assertValid(errors);
  requireRegistration(ref, "status");
  const transition = TRANSITIONS[body.action as string];
  const wanted = (list as { id?: string; email?: string }[] | undefined) ?? [];
  const named = registrantsOf(ctx, ref).filter((registrant) =>
    wanted.some((w) => w.id === registrant.id || (typeof w.email === "string" && w.email.toLowerCase() === registrant.email.toLowerCase())),
  );
  if (named.length) ctx.limits.countRegistrantDaily("status", named.map((r) => r.id));
  for (const registrant of named) {
    if (transition.from.includes(registrant.status)) registrant.status = transition.to;
  }
  return noContent(204);
}
