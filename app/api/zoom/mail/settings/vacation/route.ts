/** The vacation responder of the signed-in person's mailbox. */
import { route } from "@/lib/api/route";
import { vacationSchema } from "@/lib/schemas/mail";
import { updateVacationFor, vacationFor } from "@/lib/services/mail";

export const GET = route({ access: "member" }, async ({ viewer }) => vacationFor(viewer));

export const PUT = route({ access: "member", body: vacationSchema }, async ({ viewer, body }) => updateVacationFor(viewer, body));
