import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Meetings" };

export default function MeetingsPage() {
  return <ComingSoon title="Meetings" description="" what="This section is being built." />;
}
