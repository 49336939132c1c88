/** A registrant as the dashboard holds it → the body of Zoom's `POST …/registrants`. Pure. */
import type { RegistrantInput } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";

/** Zoom's create body: empty answers left out (Zoom stores "" as an answer). */
export function registrantBody(parent: ScheduledRef, input: RegistrantInput, autoApprove?: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === "custom_questions" || value === undefined || value === "") continue;
    body[key] = value;
  }
  const answers = (input.custom_questions ?? []).filter((a) => a.value !== "");
  if (answers.length) body.custom_questions = answers;
  if (parent.kind === "meeting" && autoApprove) body.auto_approve = true;
  return body;
}

/**
 * Whether "approve at once" needs its own status change after the add: meetings take `auto_approve`
 * in the create body, webinars have no such field (Zoom's webinar registrant create), so the
 * dashboard approves the new registrant itself.
 */
export const approveAfterAdd = (parent: ScheduledRef, autoApprove: boolean | undefined) => parent.kind === "webinar" && !!autoApprove;
