import type { Metadata } from "next";
import { ItemLivePage } from "@/app/(app)/_live/live-page";

export const metadata: Metadata = { title: "Live webinar" };

export default function WebinarLivePage({ params }: { params: Promise<{ webinarId: string }> }) {
  return <ItemLivePage kind="webinar" id={params.then((p) => p.webinarId)} />;
}
