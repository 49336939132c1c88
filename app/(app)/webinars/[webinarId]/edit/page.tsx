import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { WebinarEditForm } from "@/components/webinars/webinar-edit-form";
import { getViewer } from "@/lib/auth/viewer";
import { webinarKeys } from "@/lib/queries/webinars";
import { meetingIdString } from "@/lib/schemas/common";
import { webinarDetailFor } from "@/lib/zoom/for-viewer";

export const metadata: Metadata = { title: "Edit webinar" };

export default async function EditWebinarPage({ params, searchParams }: { params: Promise<{ webinarId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const { webinarId } = await params;
  if (!meetingIdString.safeParse(webinarId).success) notFound();
  const query = await searchParams;
  const occurrenceId = typeof query.occurrence === "string" && /^\d+$/.test(query.occurrence) ? query.occurrence : undefined;
  const scope = query.scope === "series" ? "series" : undefined;
  return (
    <>
      <PageHeader title={occurrenceId ? "Edit one occurrence" : scope ? "Edit the series" : "Edit webinar"} />
      <Hydrate prefetch={(client) => client.prefetchQuery({ queryKey: webinarKeys.detail(webinarId), queryFn: () => webinarDetailFor(viewer, webinarId) })}>
        <WebinarEditForm webinarId={webinarId} occurrenceId={occurrenceId} scope={scope} />
      </Hydrate>
    </>
  );
}
