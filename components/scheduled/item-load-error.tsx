"use client";

/**
 * Why a meeting's or webinar's page has nothing to show. A 404 (Zoom's 3001: deleted, or never
 * existed) is final, so it says so in words and leads back to the list — no Zoom code, no retry
 * that cannot succeed. Anything else may pass, so it keeps Zoom's details and "Try again".
 */
import Link from "next/link";
import { ListError } from "@/components/ui/list-footer";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ApiClientError } from "@/lib/queries/http";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

/**
 * Whether a failed detail query should replace the page: when nothing was loaded yet, or Zoom now
 * says the item is gone or not the viewer's. A background refetch that hit a 429 or a 503 keeps the
 * page the viewer is reading (TanStack Query keeps the last data beside the error).
 */
export function failureReplacesPage(error: Error, data: unknown): boolean {
  if (data === undefined) return true;
  return error instanceof ApiClientError && (error.status === 403 || error.status === 404);
}

export function ItemLoadError({ error, onRetry, noun, basePath }: { error: Error; onRetry: () => void; noun: ScheduledKind; basePath: "/meetings" | "/webinars" }) {
  if (error instanceof ApiClientError && error.status === 404) {
    return (
      <EmptyState
        title={`This ${noun} was deleted or does not exist`}
        action={
          <Link href={basePath} className={buttonClass("primary")}>
            {`Back to ${noun}s`}
          </Link>
        }
      >
        {`Zoom has no ${noun} with this ID. It may have been deleted here, in the Zoom app or by another host.`}
      </EmptyState>
    );
  }
  return <ListError error={error} onRetry={onRetry} what={`this ${noun}`} />;
}
