"use client";

/**
 * Error toasts that say what Zoom said: our message, Zoom's numeric code and its tracking id
 * (what Zoom support asks for). They stay up longer than success toasts so the id can be copied.
 */
import { toast } from "sonner";
import { ApiClientError } from "@/lib/queries/http";

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
