"use client";

import { signOutTo } from "@/components/auth/auth-actions";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <Button variant="secondary" onClick={() => void signOutTo("/signin")}>
      Sign out
    </Button>
  );
}
