import type { Metadata } from "next";
import { ComingSoonSection } from "@/components/scheduled/coming-soon-section";

export const metadata: Metadata = { title: "Meeting recordings" };

export default async function MeetingRecordingsPage({ params }: { params: Promise<{ meetingId: string }> }) {
  return <ComingSoonSection parent={{ kind: "meeting", id: (await params).meetingId }} section="recordings" />;
}
