/** Input shapes for Settings → Connections, shared by the forms and the routes. */
import { z } from "zod";

export const connectionParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a connection id.") });

const trimmed = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is at most ${max} characters.`)
    .regex(/^[A-Za-z0-9_.-]+$/, `${label} has only letters, digits, “-”, “_” and “.” (copy it from the app's page on Zoom's App Marketplace).`);

/** Server-to-Server OAuth app credentials typed in by an owner. */
export const s2sCredentialsSchema = z.object({
  source: z.literal("form"),
  accountId: trimmed("Account ID", 64),
  clientId: trimmed("Client ID", 64),
  clientSecret: z.string({ error: "Client Secret is required." }).trim().min(1, "Client Secret is required.").max(256, "Client Secret is at most 256 characters."),
});

/** Or: use the credentials from the server's configuration (ZOOM_ACCOUNT_ID, ZOOM_S2S_CLIENT_ID/SECRET). */
export const s2sFromConfigSchema = z.object({ source: z.literal("config") });

export const s2sConnectSchema = z.discriminatedUnion("source", [s2sCredentialsSchema, s2sFromConfigSchema], {
  error: "Say whether the credentials come from the form or from configuration.",
});
export type S2SConnectInput = z.infer<typeof s2sConnectSchema>;
