import type { Metadata } from "next";
import { ItemLivePage } from "@/app/(app)/_live/live-page";

export const metadata: Metadata = { title: "Live meeting" };

export default function MeetingLivePage({ params }: { params: Promise<{ meetingId: string }> }) {
  return <ItemLivePage kind="meeting" id={params.then((p) => p.meetingId)} />;
}
