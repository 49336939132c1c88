import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LanguageCard } from "@/components/mail/language-form";
import { mailGate } from "@/lib/services/mail-gate";
import { MailUnavailable } from "@/components/mail/mail-unavailable";
import { VacationCard } from "@/components/mail/vacation-form";
import { Hydrate } from "@/components/ui/hydrate";
import { getViewer } from "@/lib/auth/viewer";
import { mailQueries } from "@/lib/queries/mail";
import { languageFor, vacationFor } from "@/lib/services/mail";

export const metadata: Metadata = { title: "Mail · Settings" };

export default async function MailSettingsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const gate = await mailGate(viewer);
  if (!gate.ok) return <MailUnavailable reason={gate.reason} detail={gate.detail} />;
  return (
    <Hydrate
      prefetch={(client) =>
        Promise.all([
          client.prefetchQuery({ ...mailQueries.vacation(), queryFn: () => vacationFor(viewer) }),
          client.prefetchQuery({ ...mailQueries.language(), queryFn: () => languageFor(viewer) }),
        ])
      }
    >
      <div className="space-y-6">
        <VacationCard />
        <LanguageCard />
      </div>
    </Hydrate>
  );
}
