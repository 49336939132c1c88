import type { Metadata } from "next";
import { NewScheduledPage } from "@/app/(app)/_scheduled/new-scheduled-page";
import type { PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";
import { WebinarAddForm } from "@/components/webinars/webinar-add-form";

export const metadata: Metadata = { title: "Schedule a webinar" };

export default function NewWebinarPage({ searchParams }: { searchParams: PageSearchParams }) {
  return <NewScheduledPage searchParams={searchParams} noun="webinar" description="Panelists present, attendees register and watch." AddForm={WebinarAddForm} />;
}
