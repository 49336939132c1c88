import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MeetingAddForm } from "@/components/meetings/meeting-add-form";
import { Hydrate } from "@/components/ui/hydrate";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { templateKeys } from "@/lib/queries/templates";
import { userKeys } from "@/lib/queries/users";
import { hostsFor, templatesFor } from "@/lib/zoom/for-viewer";

export const metadata: Metadata = { title: "Schedule a meeting" };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const params = await searchParams;
  const admin = isAdminRole(viewer.role);
  const host = admin ? one(params.host) : undefined;
  const templateId = one(params.template);
  const template = templateId ? { id: templateId, name: one(params.templateName) ?? "" } : undefined;
  return (
    <>
      <PageHeader title="Schedule a meeting" description={template ? `From the template “${template.name || template.id}”.` : "Set it up once; Zoom sends the invitations."} />
      <Hydrate
        prefetch={(client) =>
          Promise.all([
            client.prefetchQuery({ queryKey: templateKeys.list("meeting", host ?? "me"), queryFn: () => templatesFor(viewer, "meeting", host ?? "me") }),
            admin ? client.prefetchQuery({ queryKey: userKeys.hosts(), queryFn: () => hostsFor(viewer) }) : null,
          ])
        }
      >
        <MeetingAddForm isAdmin={admin} viewerZoomUserId={viewer.zoomUserId} initialHost={host} initialTemplate={template} />
      </Hydrate>
    </>
  );
}
