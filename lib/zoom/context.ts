/**
 * What a Zoom call needs: where Zoom is and how to get a token. Built per request by
 * lib/auth/zoom-context.ts from the signed-in viewer and their workspace's connections; the
 * lib/zoom/* modules never see the token vault or the database.
 */
export interface TokenSource {
  /** A currently valid access token (the vault refreshes ahead of expiry). */
  get(): Promise<string>;
  /** Zoom rejected `token` (401, code 124): refresh once if it is still the current one, and return the new token. */
  renew(rejected: string): Promise<string>;
}

export interface ZoomContext {
  /** REST base URL ending in /v2. */
  apiBaseUrl: string;
  tokens: TokenSource;
  connectionId: string;
  kind: "oauth" | "device" | "s2s";
  /** The Zoom user behind a user-level connection (what `me` means); null for account-level (S2S). */
  zoomUserId: string | null;
  scopes: string[];
}
