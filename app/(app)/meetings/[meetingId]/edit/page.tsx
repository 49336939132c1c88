import type { Metadata } from "next";
import { MeetingEditForm } from "@/components/meetings/meeting-edit-form";
import { readEditScope, readItemPage, type PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { meetingQueries } from "@/lib/queries/meetings";
import { meetingDetailFor } from "@/lib/services/meetings";

export const metadata: Metadata = { title: "Edit meeting" };

export default async function EditMeetingPage({ params, searchParams }: { params: Promise<{ meetingId: string }>; searchParams: PageSearchParams }) {
  const { viewer, itemId: meetingId, admin } = await readItemPage(params.then((p) => p.meetingId));
  const { occurrenceId, scope, title } = await readEditScope(searchParams);
  return (
    <>
      <PageHeader title={title("meeting")} />
      <Hydrate prefetch={(client) => client.prefetchQuery({ ...meetingQueries.detail(meetingId), queryFn: () => meetingDetailFor(viewer, meetingId) })}>
        <MeetingEditForm meetingId={meetingId} occurrenceId={occurrenceId} scope={scope} isAdmin={admin} />
      </Hydrate>
    </>
  );
}
