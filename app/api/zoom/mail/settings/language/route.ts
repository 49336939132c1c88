/** The mailbox language (not in Zoom's Mail document: see SANDBOX.md). */
import { route } from "@/lib/api/route";
import { languageSchema } from "@/lib/schemas/mail";
import { languageFor, updateLanguageFor } from "@/lib/services/mail";

export const GET = route({ access: "member" }, async ({ viewer }) => languageFor(viewer));

export const PUT = route({ access: "member", body: languageSchema }, async ({ viewer, body }) => updateLanguageFor(viewer, body));
