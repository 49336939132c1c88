import type { Metadata } from "next";
import { MeetingAddForm } from "@/components/meetings/meeting-add-form";
import { NewScheduledPage } from "@/app/(app)/_scheduled/new-scheduled-page";
import type { PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";

export const metadata: Metadata = { title: "Schedule a meeting" };

export default function NewMeetingPage({ searchParams }: { searchParams: PageSearchParams }) {
  return <NewScheduledPage searchParams={searchParams} noun="meeting" description="Set it up once; Zoom sends the invitations." AddForm={MeetingAddForm} />;
}
