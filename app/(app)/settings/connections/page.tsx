import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ConnectionsPanel } from "@/components/settings/connections-panel";
import { connectionsOverview } from "@/lib/auth/connections";
import { getViewer } from "@/lib/auth/viewer";
import { connectionQueries } from "@/lib/queries/connections";

export const metadata: Metadata = { title: "Connections · Settings" };

export default async function ConnectionsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery({ ...connectionQueries.overview(), queryFn: () => connectionsOverview(viewer) });
  return (
    <section aria-label="Connections">
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ConnectionsPanel />
      </HydrationBoundary>
    </section>
  );
}
