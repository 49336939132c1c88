/**
 * The server halves of a meeting's and a webinar's child pages (registrants, recordings), written
 * once over the kind; `app/(app)/{meetings,webinars}/[id]/…/page.tsx` hand in their id.
 */
import { readItemPage, type PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";
import { ItemRecordings } from "@/components/recordings/item-recordings";
import { RegistrantsView } from "@/components/registrants/registrants-view";
import { Hydrate } from "@/components/ui/hydrate";
import { recordingQueries } from "@/lib/queries/recordings";
import { registrantQueries } from "@/lib/queries/registrants";
import { userQueries } from "@/lib/queries/users";
import type { ScheduledKind } from "@/lib/schemas/scheduled";
import { hostsFor } from "@/lib/services/account";
import { recordingDetailFor } from "@/lib/services/recordings";
import { registrationSummaryFor } from "@/lib/services/registrants";

/** Prefetches the summary (parent, counts, questions: one answer); the chosen status's list follows from the browser. */
export async function ItemRegistrantsPage({ kind, id, searchParams }: { kind: ScheduledKind; id: Promise<string>; searchParams: PageSearchParams }) {
  const { viewer, itemId } = await readItemPage(id);
  const parent = { kind, id: itemId };
  const occurrence = (await searchParams).occurrence;
  const occurrenceId = typeof occurrence === "string" && /^\d{1,20}$/.test(occurrence) ? occurrence : null;
  return (
    <Hydrate prefetch={(client) => client.prefetchQuery({ ...registrantQueries.summary(parent, occurrenceId), queryFn: () => registrationSummaryFor(viewer, parent, occurrenceId ?? undefined) })}>
      <RegistrantsView parent={parent} />
    </Hydrate>
  );
}

/** The item's latest recorded instance (Zoom answers a meeting or webinar ID with it). */
export async function ItemRecordingsPage({ kind, id }: { kind: ScheduledKind; id: Promise<string> }) {
  const { viewer, itemId, admin } = await readItemPage(id);
  return (
    <Hydrate
      prefetch={(client) =>
        Promise.all([
          client.prefetchQuery({ ...recordingQueries.detail(itemId), queryFn: () => recordingDetailFor(viewer, itemId) }),
          admin ? client.prefetchQuery({ ...userQueries.hosts(), queryFn: () => hostsFor(viewer) }) : null,
        ])
      }
    >
      <ItemRecordings parent={{ kind, id: itemId }} isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} viewerName={viewer.name} />
    </Hydrate>
  );
}
