/**
 * Registrants, the same requests for a meeting and a webinar: registration questions, adding
 * people, listing by status with paging, approving, reading one, removing one. The parent was
 * created with manual approval, so new registrants start out pending.
 */
import { need } from "./client";
import { bodyOf, listOf, v2, type TourContext } from "./context";

type Registrant = { id: string; email: string; status: string };

export async function registrants(ctx: TourContext, kind: "meetings" | "webinars", parentId: number | undefined): Promise<void> {
  const label = kind === "meetings" ? "meeting" : "webinar";
  ctx.tour.section(`Registrants (${label})`);
  const base = `/${kind}/${need(parentId, `${label} to register for`)}/registrants`;
  const key = (what: string) => `registrants.${label}.${what}`;

  await v2(ctx, { key: key("questions.get"), method: "GET", path: `${base}/questions`, expect: 200 });
  await v2(ctx, {
    key: key("questions.update"),
    method: "PATCH",
    path: `${base}/questions`,
    json: {
      questions: [{ field_name: "org", required: true }],
      custom_questions: [{ title: "What should we cover?", type: "short", required: false }],
    },
    expect: 204,
  });

  const ids: string[] = [];
  for (const name of ["Ada", "Grace", "Linus"]) {
    const added = await v2(ctx, {
      key: key(`add.${name.toLowerCase()}`),
      method: "POST",
      path: base,
      json: {
        email: `${name.toLowerCase()}.${ctx.run}@example.org`,
        first_name: name,
        last_name: "Tour",
        org: "Example Org",
        custom_questions: [{ title: "What should we cover?", value: "Roadmap" }],
      },
      expect: 201,
      check: (r) => (bodyOf(r).join_url ? undefined : "no join_url"),
    });
    ids.push(need(bodyOf(added).registrant_id as string, "registrant id"));
  }

  // Two per page, so the third pending registrant is on page two (next_page_token).
  const page1 = await v2(ctx, {
    key: key("list.pending"),
    method: "GET",
    path: base,
    query: { status: "pending", page_size: 2 },
    expect: 200,
    check: (r) => (listOf(r, "registrants").length === 2 && bodyOf(r).next_page_token ? undefined : "expected a full first page and a next_page_token"),
  });
  await v2(ctx, {
    key: key("list.pending.page2"),
    method: "GET",
    path: base,
    query: { status: "pending", page_size: 2, next_page_token: need(bodyOf(page1).next_page_token as string, "next_page_token") },
    expect: 200,
    check: (r) => (listOf(r, "registrants").length >= 1 ? undefined : "page two is empty"),
  });

  const [approved, , removed] = ids;
  await v2(ctx, {
    key: key("status.approve"),
    method: "PUT",
    path: `${base}/status`,
    json: { action: "approve", registrants: [{ id: approved }] },
    expect: 204,
  });
  await v2(ctx, {
    key: key("list.approved"),
    method: "GET",
    path: base,
    query: { status: "approved", page_size: 30 },
    expect: 200,
    check: (r) => (listOf<Registrant>(r, "registrants").some((x) => x.id === approved) ? undefined : "the approved registrant is not listed"),
  });
  await v2(ctx, {
    key: key("get"),
    method: "GET",
    path: `${base}/${approved}`,
    expect: 200,
    check: (r) => (bodyOf(r).status === "approved" ? undefined : `status ${bodyOf(r).status}`),
  });
  await v2(ctx, { key: key("delete"), method: "DELETE", path: `${base}/${removed}`, expect: 204 });
}
