import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { WebinarAddForm } from "@/components/webinars/webinar-add-form";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { templateKeys } from "@/lib/queries/templates";
import { userKeys } from "@/lib/queries/users";
import { hostsFor, templatesFor } from "@/lib/zoom/for-viewer";

export const metadata: Metadata = { title: "Schedule a webinar" };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function NewWebinarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const params = await searchParams;
  const admin = isAdminRole(viewer.role);
  const host = admin ? one(params.host) : undefined;
  const templateId = one(params.template);
  const template = templateId ? { id: templateId, name: one(params.templateName) ?? "" } : undefined;
  return (
    <>
      <PageHeader title="Schedule a webinar" description={template ? `From the template “${template.name || template.id}”.` : "Panelists present, attendees register and watch."} />
      <Hydrate
        prefetch={(client) =>
          Promise.all([
            client.prefetchQuery({ queryKey: templateKeys.list("webinar", host ?? "me"), queryFn: () => templatesFor(viewer, "webinar", host ?? "me") }),
            admin ? client.prefetchQuery({ queryKey: userKeys.hosts(), queryFn: () => hostsFor(viewer) }) : null,
          ])
        }
      >
        <WebinarAddForm isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} initialHost={host} initialTemplate={template} />
      </Hydrate>
    </>
  );
}
