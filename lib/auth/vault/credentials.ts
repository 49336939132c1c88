/** Which Zoom app credentials renew or revoke a connection's tokens. Internal to the vault. */
import type { ClientCredentials } from "@/lib/auth/zoom-oauth";
import { openColumn } from "@/lib/auth/vault/sealed-columns";
import { zoomConfig } from "@/lib/env";

export interface CredentialRow {
  kind: "oauth" | "device" | "s2s";
  clientId: string | null;
  clientSecretEnc: string | null;
}

/** oauth/device tokens belong to the OAuth app; S2S to the credentials entered in the UI, or else configured. */
export function clientFor(row: CredentialRow): ClientCredentials {
  const config = zoomConfig();
  if (row.kind !== "s2s") return { clientId: config.clientId, clientSecret: config.clientSecret };
  if (row.clientId && row.clientSecretEnc) {
    return { clientId: row.clientId, clientSecret: openColumn("ZoomConnection.clientSecretEnc", row.clientSecretEnc) };
  }
  return { clientId: config.s2sClientId, clientSecret: config.s2sClientSecret };
}
