/** How many of Zoom's 100 daily meeting/webinar creates+updates a host has left (as far as we know). */
import { route } from "@/lib/api/route";
import { writeBudgetQuerySchema } from "@/lib/schemas/user";
import { writeBudgetHostFor } from "@/lib/services/account";
import { writeBudget } from "@/lib/zoom/write-budget";

export const GET = route({ access: "member", query: writeBudgetQuerySchema }, async ({ viewer, query }) => writeBudget(await writeBudgetHostFor(viewer, query.userId)));
