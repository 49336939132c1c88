"use client";

import { useState } from "react";
import { signInWithZoom } from "@/components/auth/auth-actions";
import { Icon } from "@/components/shell/icons";
import { Button } from "@/components/ui/button";

/** Starts next-auth's Zoom flow (PKCE + state); `callbackUrl` must be a path on this dashboard. */
export function SignInButton({ callbackUrl = "/", label = "Sign in with Zoom", className }: { callbackUrl?: string; label?: string; className?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      className={className}
      disabled={busy}
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
