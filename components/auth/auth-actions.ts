"use client";

/**
 * next-auth's browser helpers, loaded by the click that needs them: no page needs them to paint,
 * and nothing in the dashboard reads the session in the browser (the server renders the viewer).
 */

/** Starts next-auth's Zoom flow (PKCE + state); `callbackUrl` must be a path on this dashboard. */
export async function signInWithZoom(callbackUrl: string) {
  const { signIn } = await import("next-auth/react");
  await signIn("zoom", { callbackUrl });
}

export async function signOutTo(callbackUrl: string) {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl });
}
