import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { ScheduledRef } from "@/lib/schemas/scheduled";

const sections = {
  registrants: { title: "Registrants", what: (noun: string) => `Approving, denying and exporting this ${noun}’s registrants arrives in the next release. Until then, Zoom’s web portal manages them.` },
} as const;

/** A meeting's or webinar's sub-page that detail pages already link to; it arrives with a later release. */
export function ComingSoonSection({ parent, section }: { parent: ScheduledRef; section: keyof typeof sections }) {
  const { kind, id } = parent;
  const { title, what } = sections[section];
  const label = kind === "meeting" ? "Meeting" : "Webinar";
  return (
    <>
      <PageHeader title={title} description={`${label} ${id}`} />
      <EmptyState
        title={`${title}: coming soon`}
        action={
          <Link href={`/${kind}s/${encodeURIComponent(id)}`} className={buttonClass("secondary")}>
            Back to the {kind}
          </Link>
        }
      >
        {what(kind)}
      </EmptyState>
    </>
  );
}
