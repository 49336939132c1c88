"use client";

/**
 * Why a save failed, at the top of the form (the values stay as typed). Zoom's daily write limit
 * gets a plain sentence with the local time it resets; everything else shows Zoom's code,
 * message and tracking id.
 */
import { ZoomErrorDetails } from "@/components/ui/toast";
import { formatDateTime, formatRelative, useNow, useViewerTimeZone } from "@/components/ui/time";
import { ApiClientError } from "@/lib/queries/http";

export function SaveError({ error, title = "Zoom did not save this" }: { error: unknown; title?: string }) {
  const zone = useViewerTimeZone();
  const now = useNow();
  if (!error) return null;
  const limited = error instanceof ApiClientError && error.code === "rate_limited";
  const resetAt = limited ? error.zoom?.retryAfter : null;
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-100">
      <p className="font-semibold">{limited ? "Zoom's rate limit was reached" : title}</p>
      {resetAt && zone && now ? (
        <p className="mt-1">
          You can try again {formatRelative(resetAt, now)}, at {formatDateTime(resetAt, zone)} your time. Nothing you typed has been lost.
        </p>
      ) : (
        <p className="mt-1">Nothing you typed has been lost; fix what is marked and save again.</p>
      )}
      <div className="mt-2 text-red-800 dark:text-red-200">
        <ZoomErrorDetails error={error} />
      </div>
    </div>
  );
}
