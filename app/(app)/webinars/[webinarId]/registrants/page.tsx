import type { Metadata } from "next";
import { readItemPage } from "@/app/(app)/_scheduled/scheduled-page";
import { RegistrantsView } from "@/components/registrants/registrants-view";

export const metadata: Metadata = { title: "Webinar registrants" };

export default async function WebinarRegistrantsPage({ params }: { params: Promise<{ webinarId: string }> }) {
  const { itemId } = await readItemPage(params.then((p) => p.webinarId));
  return <RegistrantsView parent={{ kind: "webinar", id: itemId }} />;
}
