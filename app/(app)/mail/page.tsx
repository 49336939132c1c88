import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Mail" };

export default function MailPage() {
  return (
    <ComingSoon
      title="Mail"
      description="Zoom Mail drafts, vacation responder and language."
      what="Writing and sending drafts, the vacation responder and the mailbox language arrive in a later release."
    />
  );
}
