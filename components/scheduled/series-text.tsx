"use client";

import { describeSeries } from "@/components/scheduled/describe-series";
import type { RecurrenceInput } from "@/lib/schemas/recurrence";

/** A series' pattern in words, as a component the form summary can load when it has a series. */
export function SeriesText({ rule }: { rule: RecurrenceInput }) {
  return <>{describeSeries(rule)}</>;
}
