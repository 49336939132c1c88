import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Recordings" };

export default function RecordingsPage() {
  return (
    <ComingSoon
      title="Recordings"
      description="Cloud recordings, transcripts and chat files of your account's meetings."
      what="Browsing, downloading, trashing and recovering cloud recordings arrives in a later release."
    />
  );
}
