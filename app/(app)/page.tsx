import { redirect } from "next/navigation";
import { HomeDashboard } from "@/components/home/home-dashboard";
import { Hydrate } from "@/components/ui/hydrate";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { homeQueries } from "@/lib/queries/home";
import { homeFor } from "@/lib/services/account";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const admin = isAdminRole(viewer.role);
  const scope = admin && (await searchParams).scope === "account" ? "account" : "me";
  return (
    <Hydrate prefetch={(client) => client.prefetchQuery({ ...homeQueries.data(scope), queryFn: () => homeFor(viewer, scope) })}>
      <HomeDashboard isAdmin={admin} viewerName={viewer.name} />
    </Hydrate>
  );
}
