import type { Metadata } from "next";
import { ItemRecordingsPage } from "@/app/(app)/_scheduled/item-children-pages";

export const metadata: Metadata = { title: "Webinar recordings" };

export default function WebinarRecordingsPage({ params }: { params: Promise<{ webinarId: string }> }) {
  return <ItemRecordingsPage kind="webinar" id={params.then((p) => p.webinarId)} />;
}
