/** What each sign-in error (next-auth's codes and ours) means to the person who just tried. */
const messages: Record<string, string> = {
  ZoomDenied: "You chose “Deny” on Zoom's page, so you are not signed in. Sign in again and choose “Allow” to continue.",
  AccessRemoved: "A workspace admin removed your access. Ask an owner or admin of your workspace to restore it.",
  ZoomProfile: "Zoom did not send your profile (id, account and email). Check that the Zoom app grants the user:read scope.",
  SignInFailed: "Something went wrong on the dashboard while signing you in. Try again; if it keeps happening, check the server log.",
  OAuthSignin: "The dashboard could not start the sign-in with Zoom. Try again.",
  OAuthCallback: "Zoom did not complete the sign-in — the code may have expired, or Zoom could not be reached. Try again.",
  Callback: "Zoom did not complete the sign-in. Try again.",
  AccessDenied: "Sign-in was refused.",
  SessionRequired: "Sign in to continue.",
  Configuration: "Sign-in is not configured correctly on this server. Check ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET and APP_URL.",
};

export function signInErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  return messages[code] ?? `Sign-in failed (${code.slice(0, 40)}). Try again.`;
}
