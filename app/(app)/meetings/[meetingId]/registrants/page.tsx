import type { Metadata } from "next";
import { ComingSoonSection } from "@/components/scheduled/coming-soon-section";

export const metadata: Metadata = { title: "Meeting registrants" };

export default async function MeetingRegistrantsPage({ params }: { params: Promise<{ meetingId: string }> }) {
  return <ComingSoonSection parent={{ kind: "meeting", id: (await params).meetingId }} section="registrants" />;
}
