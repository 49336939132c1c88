import type { Metadata } from "next";
import { readItemPage } from "@/app/(app)/_scheduled/scheduled-page";
import { RegistrantsView } from "@/components/registrants/registrants-view";

export const metadata: Metadata = { title: "Meeting registrants" };

export default async function MeetingRegistrantsPage({ params }: { params: Promise<{ meetingId: string }> }) {
  const { itemId } = await readItemPage(params.then((p) => p.meetingId));
  return <RegistrantsView parent={{ kind: "meeting", id: itemId }} />;
}
