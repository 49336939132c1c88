import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { ConnectionBanner } from "@/components/auth/connection-banner";
import { AppShell } from "@/components/shell/app-shell";
import { connectionAlerts } from "@/lib/auth/connections";
import { getViewer } from "@/lib/auth/viewer";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const alerts = await connectionAlerts(viewer);
  return (
    <AppShell viewer={viewer} banner={<ConnectionBanner initialAlerts={alerts} role={viewer.role} />}>
      {children}
    </AppShell>
  );
}
