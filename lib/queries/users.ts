/** Account users cache (admins): pages of users, the host picker list, and custCreate. */
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { CustCreateInput } from "@/lib/schemas/user";
import type { HostList } from "@/lib/services/account";
import type { UserStatus, ZoomUserCreated } from "@/lib/zoom/types/user";
import type { UserPage } from "@/lib/zoom/users";
import { apiFetch } from "@/lib/queries/http";

export const USER_PAGE_SIZE = 300;

export const userKeys = {
  all: ["users"] as const,
  lists: () => [...userKeys.all, "list"] as const,
  list: (status: UserStatus) => [...userKeys.lists(), status] as const,
  hosts: () => [...userKeys.all, "hosts"] as const,
};

export const userQueries = {
  list: (status: UserStatus) =>
    infiniteQueryOptions({
      queryKey: userKeys.list(status),
      queryFn: ({ pageParam, signal }) => apiFetch<UserPage>("/api/zoom/users", { query: { status, page_size: USER_PAGE_SIZE, next_page_token: pageParam }, signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextPageToken,
    }),
  hosts: () =>
    queryOptions({
      queryKey: userKeys.hosts(),
      queryFn: ({ signal }) => apiFetch<HostList>("/api/zoom/hosts", { signal }),
      staleTime: 5 * 60_000,
    }),
};

export function useCreateNonLoginUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustCreateInput) => apiFetch<ZoomUserCreated>("/api/zoom/users", { method: "POST", body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: userKeys.hosts() });
    },
  });
}
