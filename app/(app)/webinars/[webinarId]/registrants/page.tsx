import type { Metadata } from "next";
import { readItemPage, type PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";
import { RegistrantsView } from "@/components/registrants/registrants-view";
import { Hydrate } from "@/components/ui/hydrate";
import { registrantQueries } from "@/lib/queries/registrants";
import { registrationSummaryFor } from "@/lib/services/registrants";

export const metadata: Metadata = { title: "Webinar registrants" };

/** Prefetches the summary (parent, counts, questions: one answer); the chosen status's list follows from the browser. */
export default async function WebinarRegistrantsPage({ params, searchParams }: { params: Promise<{ webinarId: string }>; searchParams: PageSearchParams }) {
  const { viewer, itemId } = await readItemPage(params.then((p) => p.webinarId));
  const parent = { kind: "webinar", id: itemId } as const;
  const occurrence = (await searchParams).occurrence;
  const occurrenceId = typeof occurrence === "string" && /^\d{1,20}$/.test(occurrence) ? occurrence : null;
  return (
    <Hydrate prefetch={(client) => client.prefetchQuery({ ...registrantQueries.summary(parent, occurrenceId), queryFn: () => registrationSummaryFor(viewer, parent, occurrenceId ?? undefined) })}>
      <RegistrantsView parent={parent} />
    </Hydrate>
  );
}
