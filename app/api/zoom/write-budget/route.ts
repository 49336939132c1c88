/** How many of Zoom's 100 daily meeting/webinar creates+updates a host has left (as far as we know). */
import { route } from "@/lib/api/route";
import { writeBudgetQuerySchema } from "@/lib/schemas/user";
import { writeBudgetFor } from "@/lib/services/write-budget";

export const GET = route({ access: "member", query: writeBudgetQuerySchema }, async ({ viewer, query }) => writeBudgetFor(viewer, query.userId));
