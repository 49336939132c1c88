/**
 * The registrant routes, written once for both parents: `app/api/zoom/{meetings,webinars}/[id]/registrants/**`
 * re-export these with their kind. HTTP only: authenticate → parse → call the service → respond.
 */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { meetingIdString } from "@/lib/schemas/common";
import {
  questionsSchemaFor,
  registrantAddSchema,
  registrantImportSchema,
  registrantListQuerySchema,
  registrantStatusJobSchema,
} from "@/lib/schemas/registrant";
import type { ScheduledKind } from "@/lib/schemas/scheduled";
import { startRegistrantImport, startRegistrantStatusJob } from "@/lib/services/registrant-jobs";
import {
  addRegistrantFor,
  registrantListFor,
  registrationQuestionsFor,
  registrationSummaryFor,
  updateRegistrationQuestionsFor,
} from "@/lib/services/registrants";

/** Imports carry up to 10,000 rows of a few hundred bytes each. */
const IMPORT_MAX_BYTES = 8 * 1024 * 1024;

const occurrenceQuery = z.object({ occurrence_id: registrantListQuerySchema.shape.occurrence_id });

export function registrantHandlers(kind: ScheduledKind) {
  const key = kind === "meeting" ? "meetingId" : "webinarId";
  const params = z.object({ [key]: meetingIdString }) as z.ZodType<Record<string, string>>;
  const parentOf = (p: Record<string, string>) => ({ kind, id: p[key]! });
  return {
    list: route({ access: "member", params, query: registrantListQuerySchema }, async ({ viewer, params: p, query }) => registrantListFor(viewer, parentOf(p), query)),
    add: route({ access: "member", params, body: registrantAddSchema }, async ({ viewer, params: p, body }) =>
      Response.json(await addRegistrantFor(viewer, parentOf(p), body), { status: 201 }),
    ),
    summary: route({ access: "member", params, query: occurrenceQuery }, async ({ viewer, params: p, query }) =>
      registrationSummaryFor(viewer, parentOf(p), query.occurrence_id),
    ),
    questions: route({ access: "member", params }, async ({ viewer, params: p }) => registrationQuestionsFor(viewer, parentOf(p))),
    updateQuestions: route({ access: "member", params, body: questionsSchemaFor(kind) }, async ({ viewer, params: p, body }) => {
      await updateRegistrationQuestionsFor(viewer, parentOf(p), body);
    }),
    startStatusJob: route({ access: "member", params, body: registrantStatusJobSchema }, async ({ viewer, params: p, body }) =>
      Response.json(await startRegistrantStatusJob(viewer, parentOf(p), body), { status: 202 }),
    ),
    startImport: route({ access: "member", params, body: registrantImportSchema, maxBodyBytes: IMPORT_MAX_BYTES }, async ({ viewer, params: p, body }) =>
      Response.json(await startRegistrantImport(viewer, parentOf(p), body), { status: 202 }),
    ),
  };
}
