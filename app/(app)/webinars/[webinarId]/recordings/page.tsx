import type { Metadata } from "next";
import { ComingSoonSection } from "@/components/ui/coming-soon-section";

export const metadata: Metadata = { title: "Webinar recordings" };

export default async function WebinarRecordingsPage({ params }: { params: Promise<{ webinarId: string }> }) {
  return <ComingSoonSection kind="webinar" id={(await params).webinarId} section="recordings" />;
}
