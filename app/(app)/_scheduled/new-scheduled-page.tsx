/**
 * "Schedule a meeting" / "Schedule a webinar": reads the prefilled host (admins only) and template
 * from the URL, prefetches that host's templates (and the host list for admins), then renders the
 * kind's add form. Server only.
 */
import type { ComponentType } from "react";
import type { ScheduledAddFormProps } from "@/components/scheduled/scheduled-add-form";
import { one, readScheduledPage, type PageSearchParams } from "@/app/(app)/_scheduled/scheduled-page";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { templateQueries } from "@/lib/queries/templates";
import { userQueries } from "@/lib/queries/users";
import { hostsFor, templatesFor } from "@/lib/services/account";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export async function NewScheduledPage({
  searchParams,
  noun,
  description,
  AddForm,
}: {
  searchParams: PageSearchParams;
  noun: ScheduledKind;
  /** The header's line when no template was chosen. */
  description: string;
  AddForm: ComponentType<ScheduledAddFormProps>;
}) {
  const { viewer, params, admin } = await readScheduledPage(searchParams);
  const host = admin ? one(params.host) : undefined;
  const templateId = one(params.template);
  const template = templateId ? { id: templateId, name: one(params.templateName) ?? "" } : undefined;
  return (
    <>
      <PageHeader title={`Schedule a ${noun}`} description={template ? `From the template “${template.name || template.id}”.` : description} />
      <Hydrate
        prefetch={(client) =>
          Promise.all([
            client.prefetchQuery({ ...templateQueries.list(noun, host ?? "me"), queryFn: () => templatesFor(viewer, noun, host ?? "me") }),
            admin ? client.prefetchQuery({ ...userQueries.hosts(), queryFn: () => hostsFor(viewer) }) : null,
          ])
        }
      >
        <AddForm isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} initialHost={host} initialTemplate={template} />
      </Hydrate>
    </>
  );
}
