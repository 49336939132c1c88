import type { Metadata } from "next";
import { ItemRegistrantsPage } from "@/app/(app)/_scheduled/item-children-pages";
import type { PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";

export const metadata: Metadata = { title: "Webinar registrants" };

export default function WebinarRegistrantsPage({ params, searchParams }: { params: Promise<{ webinarId: string }>; searchParams: PageSearchParams }) {
  return <ItemRegistrantsPage kind="webinar" id={params.then((p) => p.webinarId)} searchParams={searchParams} />;
}
