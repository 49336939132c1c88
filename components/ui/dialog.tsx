"use client";

/**
 * The app's one modal, on the native <dialog>: the browser traps focus, makes the page behind it
 * inert and restores focus to the opener, which is most of what makes a modal accessible. It is
 * controlled: it shows while `open` is true, and Escape or a backdrop click only ask `onClose`, so
 * a caller can refuse while something is running (`busy`) and the element never disagrees with
 * `open`.
 */
import { useEffect, useId, useRef, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  size = "md",
  busy = false,
  closeOnBackdrop = true,
}: {
  open: boolean;
  /** The person asked to leave (Escape, or the backdrop unless `closeOnBackdrop` is false). */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  size?: "sm" | "md" | "lg";
  /** While true, Escape and the backdrop do nothing, so a running action cannot lose its dialog. */
  busy?: boolean;
  closeOnBackdrop?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const dismiss = () => {
    if (!busy) onClose();
  };
  // Where the press began: selecting text in a field and letting go over the backdrop ends in a
  // click on the <dialog> too, which must not close it.
  const pressedOnBackdrop = useRef(false);
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-desc` : undefined}
      onCancel={(event) => {
        // Escape: `open` decides, not the browser.
        event.preventDefault();
        dismiss();
      }}
      onClose={() => {
        // Closed by the browser itself (not through `open`): tell the owner so `open` follows.
        if (open) onClose();
      }}
      onPointerDown={(event) => {
        pressedOnBackdrop.current = event.target === ref.current;
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (closeOnBackdrop && event.target === ref.current && pressedOnBackdrop.current) dismiss();
      }}
      className={cn(
        "m-auto w-[calc(100%-2rem)] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 backdrop:backdrop-blur-sm dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100",
        size === "sm" ? "max-w-md" : size === "md" ? "max-w-lg" : "max-w-2xl",
      )}
    >
      {open ? (
        <div className="flex max-h-[85vh] flex-col">
          <div className="border-b border-slate-200 px-6 py-4 dark:border-slate-800">
            <h2 id={`${id}-title`} className="text-base font-semibold">
              {title}
            </h2>
            {description ? (
              <div id={`${id}-desc`} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {description}
              </div>
            ) : null}
          </div>
          {children ? <div className="overflow-y-auto px-6 py-4">{children}</div> : null}
          {footer ? <div className="flex justify-end gap-2 border-t border-slate-200 bg-slate-50 px-6 py-3 dark:border-slate-800 dark:bg-slate-900/60">{footer}</div> : null}
        </div>
      ) : null}
    </dialog>
  );
}
