import type { Metadata } from "next";
import { ComingSoonSection } from "@/components/scheduled/coming-soon-section";

export const metadata: Metadata = { title: "Webinar recordings" };

export default async function WebinarRecordingsPage({ params }: { params: Promise<{ webinarId: string }> }) {
  return <ComingSoonSection parent={{ kind: "webinar", id: (await params).webinarId }} section="recordings" />;
}
