"use client";

import { useState } from "react";
import { signInWithZoom } from "@/components/auth/auth-actions";
import { Icon } from "@/components/shell/icons";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * Starts next-auth's Zoom flow (PKCE + state); `callbackUrl` must be a path on this dashboard.
 * Disabled until the page has hydrated: before that a click does nothing, and a person on a slow
 * connection would think it broken.
 */
export function SignInButton({ callbackUrl = "/", label = "Sign in with Zoom", className }: { callbackUrl?: string; label?: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();
  return (
    <Button
      className={className}
      disabled={busy || !hydrated}
      aria-busy={busy}
      onClick={() => {
        setBusy(true);
        void signInWithZoom(callbackUrl).catch(() => setBusy(false));
      }}
    >
      <Icon name="zoom" />
      {busy ? "Opening Zoom…" : label}
    </Button>
  );
}
