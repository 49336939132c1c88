/** The account's users (admins): list a page (`GET`), create a non-login custCreate user (`POST`). */
import { route } from "@/lib/api/route";
import { custCreateSchema, userListQuerySchema } from "@/lib/schemas/user";
import { zoomAccountContext } from "@/lib/zoom/actor";
import { userPageFor } from "@/lib/zoom/for-viewer";
import { createNonLoginUser } from "@/lib/zoom/users";

export const GET = route({ access: "admin", query: userListQuerySchema }, async ({ viewer, query }) => userPageFor(viewer, query));

export const POST = route({ access: "admin", body: custCreateSchema }, async ({ viewer, body }) => {
  const ctx = await zoomAccountContext(viewer);
  return Response.json(await createNonLoginUser(ctx, body), { status: 201 });
});
