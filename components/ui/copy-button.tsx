"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toastError } from "@/components/ui/toast";

/** Copies `text` (or what `getText` returns at click time) and says so for two seconds. */
export function CopyButton({ text, getText, label, copiedLabel = "Copied", variant = "secondary", className }: { text?: string; getText?: () => string | Promise<string>; label: string; copiedLabel?: string; variant?: "secondary" | "ghost" | "primary"; className?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      variant={variant}
      className={className}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text ?? (await getText?.()) ?? "");
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch (error) {
          toastError("Could not copy to the clipboard", error);
        }
      }}
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </Button>
  );
}
