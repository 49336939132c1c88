"use client";

import { useEffect, useRef } from "react";

/**
 * Keeps a native <dialog> shown as a modal exactly while `open` is true. `showModal()` gives the
 * focus trap, Escape and the inert background; every modal in the app opens through this.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
