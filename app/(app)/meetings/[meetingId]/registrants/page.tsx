import type { Metadata } from "next";
import { ItemRegistrantsPage } from "@/app/(app)/_scheduled/item-children-pages";
import type { PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";

export const metadata: Metadata = { title: "Meeting registrants" };

export default function MeetingRegistrantsPage({ params, searchParams }: { params: Promise<{ meetingId: string }>; searchParams: PageSearchParams }) {
  return <ItemRegistrantsPage kind="meeting" id={params.then((p) => p.meetingId)} searchParams={searchParams} />;
}
