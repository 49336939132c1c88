"use client";

/**
 * "Start": asks for a fresh start link at click time (it signs the host in and expires), then
 * opens it. The tab is opened synchronously inside the click so popup blockers allow it.
 */
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toastError } from "@/components/ui/toast";

export function StartButton({ fetchLink, label = "Start meeting" }: { fetchLink: () => Promise<string | null>; label?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      disabled={busy}
      aria-busy={busy}
      onClick={async () => {
        const tab = window.open("about:blank", "_blank");
        // The start page must not be able to script this dashboard.
        if (tab) tab.opener = null;
        setBusy(true);
        try {
          const url = await fetchLink();
          if (!url) throw new Error("Zoom did not return a start link for this meeting.");
          if (tab) tab.location.href = url;
          else window.location.href = url;
        } catch (error) {
          tab?.close();
          toastError("Could not get a start link", error);
        } finally {
          setBusy(false);
        }
      }}
    >
      <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} className="h-4 w-4" aria-hidden="true">
        <path d="M4 7h10a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H4zM16 11l4-3v8l-4-3z" strokeLinejoin="round" />
      </svg>
      {busy ? "Getting link…" : label}
    </Button>
  );
}
