"use client";

/**
 * The series preview (series-preview.tsx) where a form shows one. It and the recurrence rules it
 * runs (luxon, zod) load once the form has a series: most meetings happen once.
 */
import { lazy, Suspense } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { RecurrenceInput } from "@/lib/schemas/recurrence";

const SeriesPreview = lazy(() => import("@/components/recurrence/series-preview").then((module) => ({ default: module.SeriesPreview })));

export function RecurrencePreview() {
  const { control } = useFormContext<{ recurrence: RecurrenceInput | null }>();
  const recurrence = useWatch({ control, name: "recurrence" });
  return recurrence ? (
    <Suspense fallback={null}>
      <SeriesPreview />
    </Suspense>
  ) : null;
}
