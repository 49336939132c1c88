import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { mailGate } from "@/lib/services/mail-gate";
import { MailUnavailable } from "@/components/mail/mail-unavailable";
import { initialDraftListParams, MailWorkspace } from "@/components/mail/mail-workspace";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { SkeletonRows } from "@/components/ui/skeleton";
import { getViewer } from "@/lib/auth/viewer";
import { mailQueries } from "@/lib/queries/mail";
import { draftListFor } from "@/lib/services/mail";

export const metadata: Metadata = { title: "Mail" };

/** Server page: checks the connection's Mail scopes first, then prefetches the first page of drafts. */
export default async function MailPage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const gate = await mailGate(viewer);
  return (
    <>
      <PageHeader title="Mail" description="Your Zoom Mail drafts: write, save, send. The vacation responder and language are in Settings → Mail." />
      {gate.ok ? (
        <Suspense fallback={<SkeletonRows label="Loading drafts" />}>
          <Hydrate
            prefetch={(client) =>
              client.prefetchQuery({ ...mailQueries.list(initialDraftListParams), queryFn: () => draftListFor(viewer, { maxResults: initialDraftListParams.maxResults }) })
            }
          >
            <MailWorkspace email={viewer.email} />
          </Hydrate>
        </Suspense>
      ) : (
        <MailUnavailable reason={gate.reason} detail={gate.detail} />
      )}
    </>
  );
}
