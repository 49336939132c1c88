/** Settings → Members cache: one list key; role changes, removal and restore invalidate it. */
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { MemberView } from "@/lib/auth/members";
import type { WorkspaceRole } from "@/lib/auth/viewer-type";
import { apiFetch } from "@/lib/queries/http";

export const memberKeys = {
  all: ["members"] as const,
  list: () => [...memberKeys.all, "list"] as const,
};

export const memberQueries = {
  list: () =>
    queryOptions({ queryKey: memberKeys.list(), queryFn: async () => (await apiFetch<{ members: MemberView[] }>("/api/workspace/members")).members }),
};

const memberPath = (userId: string) => `/api/workspace/members/${encodeURIComponent(userId)}`;

export function useMemberMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => queryClient.invalidateQueries({ queryKey: memberKeys.list() });
  return {
    changeRole: useMutation({
      mutationFn: ({ userId, role }: { userId: string; role: WorkspaceRole }) => apiFetch<void>(memberPath(userId), { method: "PATCH", body: { role } }),
      onSettled,
    }),
    remove: useMutation({ mutationFn: (userId: string) => apiFetch<void>(memberPath(userId), { method: "DELETE" }), onSettled }),
    restore: useMutation({ mutationFn: (userId: string) => apiFetch<void>(`${memberPath(userId)}/restore`, { method: "POST" }), onSettled }),
    signOutEverywhere: useMutation({ mutationFn: (userId: string) => apiFetch<{ ended: number }>(`${memberPath(userId)}/sessions`, { method: "DELETE" }) }),
  };
}
