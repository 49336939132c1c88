/**
 * Sealing for the `*Enc` columns with the app's encryption keys (lib/server/secrets.ts). The column
 * name is the authenticated context, so ciphertext moved between columns does not open.
 * Internal to the token vault: nothing outside lib/auth/token-vault.ts and lib/auth/vault/ imports it.
 */
import { open, seal } from "@/lib/crypto/aes-gcm";
import { appSecrets } from "@/lib/server/secrets";

export type SealedColumn =
  | "ZoomConnection.accessTokenEnc"
  | "ZoomConnection.refreshTokenEnc"
  | "ZoomConnection.clientSecretEnc"
  | "DeviceAuthorization.deviceCodeEnc";

export function sealColumn(column: SealedColumn, plaintext: string): string {
  return seal(plaintext, appSecrets().encryptionKeys, column);
}

export function openColumn(column: SealedColumn, sealed: string): string {
  return open(sealed, appSecrets().encryptionKeys, column);
}

export function sealOptional(column: SealedColumn, plaintext: string | null | undefined): string | null {
  return plaintext ? sealColumn(column, plaintext) : null;
}

export function openOptional(column: SealedColumn, sealed: string | null | undefined): string | null {
  return sealed ? openColumn(column, sealed) : null;
}
