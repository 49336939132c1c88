/** The account's users (admins): list a page (`GET`), create a non-login custCreate user (`POST`). */
import { route } from "@/lib/api/route";
import { custCreateSchema, userListQuerySchema } from "@/lib/schemas/user";
import { createNonLoginUserFor, userPageFor } from "@/lib/services/account";

export const GET = route({ access: "admin", query: userListQuerySchema }, async ({ viewer, query }) => userPageFor(viewer, query));

export const POST = route({ access: "admin", body: custCreateSchema, audit: { action: "user.create", target: { type: "zoom_user" } } }, async ({ viewer, body }) => Response.json(await createNonLoginUserFor(viewer, body), { status: 201 }));
