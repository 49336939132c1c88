"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { useNow } from "@/components/settings/use-now";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { describeAgo } from "@/lib/auth/expiry";
import type { MemberView } from "@/lib/auth/members";
import { removalRefusal, restoreRefusal, roleChangeRefusal } from "@/lib/auth/member-rules";
import type { Viewer, WorkspaceRole } from "@/lib/auth/viewer-type";
import { memberQueries, useMemberMutations } from "@/lib/queries/members";

const roles: WorkspaceRole[] = ["owner", "admin", "member"];
const roleLabel = { owner: "Owner", admin: "Admin", member: "Member" } as const;
const connectionLabel = { active: "Connected", needs_reconnect: "Needs reconnect", revoked: "Revoked", none: "Not connected" } as const;

export function MembersTable({ viewer }: { viewer: Pick<Viewer, "userId" | "role"> }) {
  const { data: members, error } = useQuery(memberQueries.list());
  const mutations = useMemberMutations();
  const router = useRouter();
  const [removing, setRemoving] = useState<MemberView | null>(null);
  const [signingOut, setSigningOut] = useState<MemberView | null>(null);
  const now = useNow();
  if (error) return <EmptyState title="Members could not be loaded">{error.message}</EmptyState>;
  if (!members) return <p className="text-sm text-slate-600 dark:text-slate-400">Loading members…</p>;
  const owners = members.filter((m) => m.role === "owner" && !m.removedAt).length;
  const fail = (error: Error) => toast.error(error.message);
  // Show the chosen role while the change is on its way, not the old one.
  const pendingRole = (userId: string) => (mutations.changeRole.isPending && mutations.changeRole.variables?.userId === userId ? mutations.changeRole.variables.role : undefined);

  return (
    <>
      {/* Below md each member is a card: name, then role and connection side by side, then the last sign-in. */}
      <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full text-left text-sm max-md:block">
          <caption className="sr-only">Workspace members</caption>
          <thead className="border-b border-slate-200 max-md:sr-only text-slate-600 dark:border-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">Person</th>
              <th scope="col" className="px-4 py-3 font-medium">Role</th>
              <th scope="col" className="px-4 py-3 font-medium">Zoom connection</th>
              <th scope="col" className="px-4 py-3 font-medium">Last sign-in</th>
              <th scope="col" className="px-4 py-3 font-medium"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 max-md:block dark:divide-slate-800">
            {members.map((member) => {
              const target = { userId: member.userId, role: member.role, removed: !!member.removedAt };
              const choices = roles.filter((role) => role === member.role || !roleChangeRefusal(viewer, target, role, owners));
              return (
                <tr key={member.userId} className="max-md:relative max-md:flex max-md:flex-wrap max-md:items-center max-md:gap-x-3 max-md:gap-y-2 max-md:p-4">
                  <th scope="row" className="px-4 py-3 font-normal max-md:basis-full max-md:p-0 max-md:pr-24">
                    <span className="block font-medium text-slate-900 dark:text-slate-100">
                      {member.name} {member.isViewer ? <span className="text-slate-600 dark:text-slate-400">(you)</span> : null}
                    </span>
                    <span className="break-all text-slate-600 dark:text-slate-400">{member.email}</span>
                  </th>
                  <td className="px-4 py-3 max-md:p-0">
                    {member.removedAt ? (
                      <Badge tone="warning">Removed</Badge>
                    ) : choices.length > 1 ? (
                      <select
                        aria-label={`Role of ${member.name}`}
                        value={pendingRole(member.userId) ?? member.role}
                        disabled={mutations.changeRole.isPending}
                        onChange={(event) => {
                          // Read now: the controlled select snaps back to the old role until the list is refetched.
                          const role = event.target.value as WorkspaceRole;
                          mutations.changeRole.mutate(
                            { userId: member.userId, role },
                            {
                              onError: fail,
                              onSuccess: () => {
                                toast.success(`${member.name} is now ${roleLabel[role].toLowerCase()}.`);
                                // Your own role: the whole app (menus, owner-only controls, this page) follows it.
                                if (member.isViewer) router.refresh();
                              },
                            },
                          );
                        }}
                        className="rounded-md border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-950"
                      >
                        {choices.map((role) => (
                          <option key={role} value={role}>{roleLabel[role]}</option>
                        ))}
                      </select>
                    ) : (
                      roleLabel[member.role]
                    )}
                  </td>
                  <td className="px-4 py-3 max-md:p-0">
                    <Badge tone={member.connection === "active" ? "success" : member.connection === "none" ? "neutral" : "danger"}>{connectionLabel[member.connection]}</Badge>
                  </td>
                  <td className="px-4 py-3 text-slate-700 max-md:basis-full max-md:p-0 max-md:text-xs dark:text-slate-300">
                    <span className="md:hidden">Last sign-in </span>
                    {now === null ? "…" : describeAgo(member.lastSignInAt, now)}
                  </td>
                  <td className="px-4 py-3 text-right max-md:absolute max-md:right-2 max-md:top-2.5 max-md:p-0">
                    {member.removedAt ? (
                      restoreRefusal(viewer, target) ? null : (
                        <Button variant="secondary" onClick={() => mutations.restore.mutate(member.userId, { onError: fail, onSuccess: () => toast.success(`${member.name} can sign in again, as a member.`) })}>
                          Restore <span className="sr-only">{member.name}</span>
                        </Button>
                      )
                    ) : (
                      <span className="inline-flex flex-wrap justify-end gap-1">
                        {viewer.role === "owner" && !member.isViewer ? (
                          <Button variant="ghost" onClick={() => setSigningOut(member)}>
                            Sign out everywhere <span className="sr-only">{member.name}</span>
                          </Button>
                        ) : null}
                        {removalRefusal(viewer, target, owners) ? null : (
                          <Button variant="ghost" onClick={() => setRemoving(member)}>
                            Remove <span className="sr-only">{member.name}</span>
                          </Button>
                        )}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ""}?`}
        confirmLabel="Remove"
        busy={mutations.remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          mutations.remove.mutate(removing.userId, {
            onSuccess: () => toast.success(`${removing.name} was removed.`),
            onError: fail,
            onSettled: () => setRemoving(null),
          })
        }
      >
        <p>They lose access at once and cannot sign in again until an admin restores them. Their Zoom token is revoked.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={signingOut !== null}
        title={`Sign ${signingOut?.name ?? ""} out everywhere?`}
        confirmLabel="Sign out everywhere"
        tone="primary"
        busy={mutations.signOutEverywhere.isPending}
        onCancel={() => setSigningOut(null)}
        onConfirm={() =>
          signingOut &&
          mutations.signOutEverywhere.mutate(signingOut.userId, {
            onSuccess: ({ ended }) => toast.success(`${signingOut.name} was signed out of ${ended === 1 ? "1 browser" : `${ended} browsers`}.`),
            onError: fail,
            onSettled: () => setSigningOut(null),
          })
        }
      >
        <p>Every browser where they are signed in is signed out at once. They stay a member and can sign in again with Zoom.</p>
      </ConfirmDialog>
    </>
  );
}
