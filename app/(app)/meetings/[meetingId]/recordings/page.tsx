import type { Metadata } from "next";
import { ItemRecordingsPage } from "@/app/(app)/_scheduled/item-children-pages";

export const metadata: Metadata = { title: "Meeting recordings" };

export default function MeetingRecordingsPage({ params }: { params: Promise<{ meetingId: string }> }) {
  return <ItemRecordingsPage kind="meeting" id={params.then((p) => p.meetingId)} />;
}
