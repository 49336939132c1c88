/** The home page's meetings: live now and the next four weeks, for the viewer or (admins) the account. */
import { z } from "zod";
import { route } from "@/lib/api/route";
import { zoomAccountContext, zoomActorFor } from "@/lib/zoom/actor";
import { homeData } from "@/lib/zoom/home";

const query = z.object({ scope: z.enum(["me", "account"]).default("me") });

export const GET = route({ access: "member", query }, async ({ viewer, query }) => {
  if (query.scope === "account") {
    const ctx = await zoomAccountContext(viewer);
    return homeData(ctx, "account", { id: "me", name: viewer.name });
  }
  const actor = await zoomActorFor(viewer, "me");
  return homeData(actor.ctx, "me", { id: "me", name: viewer.name });
});
