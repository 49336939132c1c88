"use client";

/**
 * Toasts. Sonner and its Toaster load with the first toast (every toast answers a click, and no
 * page needs them to paint); the Toaster replays toasts raised before it mounted.
 *
 * Error toasts say what Zoom said: our message, Zoom's numeric code and its tracking id (what Zoom
 * support asks for). They stay up longer than success toasts so the id can be copied.
 */
import { lazy, Suspense, useSyncExternalStore, type ReactNode } from "react";
import type { ExternalToast, ToasterProps } from "sonner";
import { ApiClientError } from "@/lib/queries/http";

let sonner: Promise<typeof import("sonner")> | null = null;
const listeners = new Set<() => void>();

function loadSonner() {
  if (!sonner) {
    sonner = import("sonner");
    listeners.forEach((listener) => listener());
  }
  return sonner;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/**
 * Starts loading sonner (and mounts its Toaster) ahead of a toast: called when a mutation starts
 * (components/providers.tsx), so the toast that ends it shows at once, as if sonner were loaded.
 */
export const preloadToasts = () => void loadSonner();

/** Sonner's `toast.success` / `toast.error`, loading sonner on first use. */
export const toast = {
  success: (message: ReactNode, options?: ExternalToast) => void loadSonner().then(({ toast }) => toast.success(message, options)),
  error: (message: ReactNode, options?: ExternalToast) => void loadSonner().then(({ toast }) => toast.error(message, options)),
};

const SonnerToaster = lazy(() => import("sonner").then((module) => ({ default: module.Toaster })));

/** Sonner's Toaster, mounted once the first toast is asked for. */
export function Toaster(props: ToasterProps) {
  const wanted = useSyncExternalStore(subscribe, () => sonner !== null, () => false);
  return wanted ? (
    <Suspense fallback={null}>
      <SonnerToaster {...props} />
    </Suspense>
  ) : null;
}

export function ZoomErrorDetails({ error }: { error: unknown }) {
  if (!(error instanceof ApiClientError)) return <span>{error instanceof Error ? error.message : String(error)}</span>;
  return (
    <span className="block space-y-1">
      <span className="block">{error.message}</span>
      {error.zoom ? (
        <span className="block text-xs opacity-90">
          Zoom code <span className="font-mono">{error.zoom.code ?? "—"}</span>
          {error.zoom.trackingId ? (
            <>
              {" · "}tracking id <span className="select-all break-all font-mono">{error.zoom.trackingId}</span>
            </>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}

// The Toaster keeps its light theme in dark mode too. Sonner's rich colours put mid-tone text on pale backgrounds (below WCAG AA contrast); darker text keeps the look and passes.
const errorText = { title: "!text-red-900", description: "!text-red-900" };
const successText = { title: "!text-emerald-900", description: "!text-emerald-900" };

export function toastError(title: string, error: unknown) {
  toast.error(title, { description: <ZoomErrorDetails error={error} />, duration: 15_000, classNames: errorText });
}

export function toastSuccess(title: string, description?: string) {
  toast.success(title, { description, classNames: successText });
}
