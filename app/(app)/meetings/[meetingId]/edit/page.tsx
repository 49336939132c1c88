import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { MeetingEditForm } from "@/components/meetings/meeting-edit-form";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { meetingKeys } from "@/lib/queries/meetings";
import { meetingIdString } from "@/lib/schemas/common";
import { meetingDetailFor } from "@/lib/zoom/for-viewer";

export const metadata: Metadata = { title: "Edit meeting" };

export default async function EditMeetingPage({ params, searchParams }: { params: Promise<{ meetingId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const { meetingId } = await params;
  if (!meetingIdString.safeParse(meetingId).success) notFound();
  const query = await searchParams;
  const occurrenceId = typeof query.occurrence === "string" && /^\d+$/.test(query.occurrence) ? query.occurrence : undefined;
  const scope = query.scope === "series" ? "series" : undefined;
  return (
    <>
      <PageHeader title={occurrenceId ? "Edit one occurrence" : scope ? "Edit the series" : "Edit meeting"} />
      <Hydrate prefetch={(client) => client.prefetchQuery({ queryKey: meetingKeys.detail(meetingId), queryFn: () => meetingDetailFor(viewer, meetingId) })}>
        <MeetingEditForm meetingId={meetingId} occurrenceId={occurrenceId} scope={scope} />
      </Hydrate>
    </>
  );
}
