/** Contract cases for meeting and webinar registrants (both kinds share one case builder). */
import type { ContractEnv } from "../env";
import type { ContractCase } from "./types";

type Kind = "meetings" | "webinars";

function parent(env: ContractEnv, kind: Kind) {
  return kind === "meetings" ? env.registrableMeeting() : env.registrableWebinar();
}

export function registrantCases(kind: Kind, ids: Record<string, string>): ContractCase[] {
  return [
    {
      operationId: ids.list,
      async request(env) {
        const p = await parent(env, kind);
        await env.registrant(kind, p.id);
        return { path: `/${kind}/${p.id}/registrants`, query: { status: "approved", page_size: 10 } };
      },
    },
    {
      operationId: ids.create,
      async request(env) {
        const p = await parent(env, kind);
        return {
          path: `/${kind}/${p.id}/registrants`,
          body: {
            email: "jill.chill@example.org",
            first_name: "Jill",
            last_name: "Chill",
            org: "Cooking Org",
            job_title: "Chef",
            no_of_employees: "1-20",
            custom_questions: [{ title: "What do you hope to learn?", value: "Recipes" }],
          },
        };
      },
    },
    {
      operationId: ids.questionsGet,
      async request(env) {
        const p = await parent(env, kind);
        return { path: `/${kind}/${p.id}/registrants/questions` };
      },
    },
    {
      operationId: ids.questionsUpdate,
      async request(env) {
        const p = await parent(env, kind);
        return {
          path: `/${kind}/${p.id}/registrants/questions`,
          body: {
            questions: [{ field_name: "org", required: true }],
            custom_questions: [{ title: "Dietary needs?", type: "short", required: false }],
          },
        };
      },
    },
    {
      operationId: ids.status,
      async request(env) {
        const p = await parent(env, kind);
        const r = await env.registrant(kind, p.id);
        return { path: `/${kind}/${p.id}/registrants/status`, body: { action: "deny", registrants: [{ id: r.registrant_id }] } };
      },
    },
    {
      operationId: ids.get,
      async request(env) {
        const p = await parent(env, kind);
        const r = await env.registrant(kind, p.id);
        return { path: `/${kind}/${p.id}/registrants/${r.registrant_id}` };
      },
    },
    {
      operationId: ids.delete,
      async request(env) {
        const p = await parent(env, kind);
        const r = await env.registrant(kind, p.id);
        return { path: `/${kind}/${p.id}/registrants/${r.registrant_id}` };
      },
    },
  ];
}

