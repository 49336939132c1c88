/** Meeting or webinar templates visible to a user (Zoom does not paginate these). */
import { route } from "@/lib/api/route";
import { templateListQuerySchema } from "@/lib/schemas/template";
import { templatesFor } from "@/lib/services/account";

export const GET = route({ access: "member", query: templateListQuerySchema }, async ({ viewer, query }) => templatesFor(viewer, query.kind, query.userId));
