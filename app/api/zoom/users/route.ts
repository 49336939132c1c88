/** The account's users (admins): list a page (`GET`), create a non-login custCreate user (`POST`). */
import { route } from "@/lib/api/route";
import { custCreateSchema, userListQuerySchema } from "@/lib/schemas/user";
import { zoomAccountContext } from "@/lib/zoom/actor";
import { createNonLoginUser, listUsers, toUserPage } from "@/lib/zoom/users";

export const GET = route({ access: "admin", query: userListQuerySchema }, async ({ viewer, query }) => {
  const ctx = await zoomAccountContext(viewer);
  return toUserPage(await listUsers(ctx, { status: query.status, pageSize: query.page_size, nextPageToken: query.next_page_token }));
});

export const POST = route({ access: "admin", body: custCreateSchema }, async ({ viewer, body }) => {
  const ctx = await zoomAccountContext(viewer);
  return Response.json(await createNonLoginUser(ctx, body), { status: 201 });
});
