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
  const parent = { type: kind, param: key };
  return {
    list: route({ access: "member", params, query: registrantListQuerySchema }, async ({ viewer, params: p, query }) => registrantListFor(viewer, parentOf(p), query)),
    add: route({ access: "member", params, body: registrantAddSchema, audit: { action: "registrant.add", target: parent } }, async ({ viewer, params: p, body, audit }) => {
      audit.target(p[key]!, body.registrant.email);
      return Response.json(await addRegistrantFor(viewer, parentOf(p), body), { status: 201 });
    }),
    summary: route({ access: "member", params, query: occurrenceQuery }, async ({ viewer, params: p, query }) =>
      registrationSummaryFor(viewer, parentOf(p), query.occurrence_id),
    ),
    questions: route({ access: "member", params }, async ({ viewer, params: p }) => registrationQuestionsFor(viewer, parentOf(p))),
    updateQuestions: route({ access: "member", params, body: questionsSchemaFor(kind), audit: { action: "registrant.questions.update", target: parent } }, async ({ viewer, params: p, body }) => {
      await updateRegistrationQuestionsFor(viewer, parentOf(p), body);
    }),
    startStatusJob: route({ access: "member", params, body: registrantStatusJobSchema, audit: { action: "registrant.status", target: parent } }, async ({ viewer, params: p, body, audit }) => {
      audit.as(`registrant.${body.action}`);
      return Response.json(await startRegistrantStatusJob(viewer, parentOf(p), body), { status: 202 });
    }),
    // An import's rows are people's names and emails: the entry keeps the file name and how many.
    startImport: route(
      { access: "member", params, body: registrantImportSchema, maxBodyBytes: IMPORT_MAX_BYTES, audit: { action: "registrant.import", target: parent, summary: "none" } },
      async ({ viewer, params: p, body, audit }) => {
        audit.detail({ fileName: body.fileName ?? null, rows: body.rows.length, autoApprove: body.autoApprove ?? false });
        return Response.json(await startRegistrantImport(viewer, parentOf(p), body), { status: 202 });
      },
    ),
  };
}
