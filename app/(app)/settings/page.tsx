import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { DemoResetCard } from "@/components/settings/demo-reset-card";
import { Card } from "@/components/ui/card";
import { getViewer } from "@/lib/auth/viewer";
import { zoomConfig } from "@/lib/env";

export const metadata: Metadata = { title: "Profile · Settings" };

const roleText = {
  owner: "Owner — manages connections and members, and sees the whole Zoom account.",
  admin: "Admin — manages members and sees the whole Zoom account through the account connection.",
  member: "Member — sees your own meetings, webinars, recordings and mail.",
} as const;

export default async function ProfilePage() {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const rows: [string, string][] = [
    ["Name", viewer.name],
    ["Email", viewer.email],
    ["Zoom user ID", viewer.zoomUserId],
    ["Workspace", viewer.workspaceName],
    ["Role", roleText[viewer.role]],
  ];
  const demoOwner = viewer.role === "owner" && zoomConfig().mode === "sandbox";
  return (
    <div className="space-y-6">
      <Card title="Profile" actions={<SignOutButton />}>
        <dl className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map(([term, value]) => (
            <div key={term} className="grid gap-1 py-2 sm:grid-cols-[11rem_1fr]">
              <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{term}</dt>
              <dd className="text-sm text-slate-900 dark:text-slate-100">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Your name and email come from Zoom and are updated every time you sign in.</p>
        <SignOutEverywhere />
      </Card>
      {demoOwner ? <DemoResetCard /> : null}
    </div>
  );
}
