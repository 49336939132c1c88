import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Webinars" };

export default function WebinarsPage() {
  return <ComingSoon title="Webinars" description="" what="This section is being built." />;
}
