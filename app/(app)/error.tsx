"use client";

import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Errors inside the shell keep the navigation usable. */
export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return (
    <EmptyState title="This page could not be shown" action={<Button onClick={reset}>Try again</Button>}>
      Something failed while loading it. Nothing you saved was lost; try again, or come back in a moment.
    </EmptyState>
  );
}
