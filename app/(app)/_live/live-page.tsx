/**
 * The server half of a meeting's and a webinar's live panel: prefetches the live status (never the
 * caption URL, which the browser asks for on an explicit reveal only) and hands the cache over.
 */
import { readItemPage } from "@/app/(app)/_scheduled/scheduled-page";
import { LivePanel } from "@/components/live/live-panel";
import { Hydrate } from "@/components/ui/hydrate";
import { liveQueries } from "@/lib/queries/live";
import type { ScheduledKind } from "@/lib/schemas/scheduled";
import { liveStatusFor } from "@/lib/services/live";

export async function ItemLivePage({ kind, id }: { kind: ScheduledKind; id: Promise<string> }) {
  const { viewer, itemId } = await readItemPage(id);
  const parent = { kind, id: itemId };
  return (
    <Hydrate prefetch={(client) => client.prefetchQuery({ ...liveQueries.status(parent), queryFn: () => liveStatusFor(viewer, parent) })}>
      <LivePanel parent={parent} />
    </Hydrate>
  );
}
