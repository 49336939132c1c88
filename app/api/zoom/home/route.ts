/** The home page's meetings: live now and the next four weeks, for the viewer or (admins) the account. */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { homeFor } from "@/lib/services/account";

const query = z.object({ scope: z.enum(["me", "account"]).default("me") });

export const GET = route({ access: "member", query }, async ({ viewer, query }) => homeFor(viewer, query.scope));
