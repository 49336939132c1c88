import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TemplatesList } from "@/components/templates/templates-list";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { templateQueries } from "@/lib/queries/templates";
import { templatesFor } from "@/lib/services/account";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const kind = (await searchParams).kind === "webinar" ? "webinar" : "meeting";
  return (
    <>
      <PageHeader title="Templates" description="Saved settings to schedule meetings and webinars from." />
      <Hydrate prefetch={(client) => client.prefetchQuery({ ...templateQueries.list(kind, "me"), queryFn: () => templatesFor(viewer, kind) })}>
        <TemplatesList />
      </Hydrate>
    </>
  );
}
