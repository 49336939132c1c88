import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Users" };

export default function UsersPage() {
  return <ComingSoon title="Users" description="" what="This section is being built." />;
}
