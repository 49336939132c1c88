import type { Metadata } from "next";
import { readEditScope, readItemPage, type PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { WebinarEditForm } from "@/components/webinars/webinar-edit-form";
import { webinarQueries } from "@/lib/queries/webinars";
import { webinarDetailFor } from "@/lib/services/webinars";

export const metadata: Metadata = { title: "Edit webinar" };

export default async function EditWebinarPage({ params, searchParams }: { params: Promise<{ webinarId: string }>; searchParams: PageSearchParams }) {
  const { viewer, itemId: webinarId, admin } = await readItemPage(params.then((p) => p.webinarId));
  const { occurrenceId, scope, title } = await readEditScope(searchParams);
  return (
    <>
      <PageHeader title={title("webinar")} />
      <Hydrate prefetch={(client) => client.prefetchQuery({ ...webinarQueries.detail(webinarId), queryFn: () => webinarDetailFor(viewer, webinarId) })}>
        <WebinarEditForm webinarId={webinarId} occurrenceId={occurrenceId} scope={scope} isAdmin={admin} />
      </Hydrate>
    </>
  );
}
