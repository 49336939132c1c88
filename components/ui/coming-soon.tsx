import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** An honest placeholder for a section that a later release fills. */
export function ComingSoon({ title, description, what }: { title: string; description: string; what: string }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <EmptyState title={`${title}: coming soon`}>{what}</EmptyState>
    </>
  );
}
