import { route } from "@/lib/api/route";
import { checkDatabase } from "@/lib/server/health";
import { zoomConfig } from "@/lib/env";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and people: 200 when the database answers, 503 when it does not. */
export const GET = route({ access: "public" }, async () => {
  const database = await checkDatabase();
  const body = {
    status: database === "ok" ? "ok" : "degraded",
    database,
    zoom: { mode: zoomConfig().mode },
    version: packageJson.version,
  };
  return Response.json(body, { status: database === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
