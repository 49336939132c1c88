import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/page-header";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  return (
    <>
      <PageHeader title="Settings" description="Your profile, Zoom connections and mail settings; for admins, the workspace's members, background jobs and audit log; for the owner, webhooks." />
      <SettingsNav isAdmin={isAdminRole(viewer.role)} isOwner={viewer.role === "owner"} />
      {children}
    </>
  );
}
