/**
 * A host's daily meeting/webinar write budget (fetch → /api/zoom/write-budget). Read by the forms'
 * notice; every meeting or webinar create and update invalidates it, since success spends the
 * budget and a refusal may reveal it is spent.
 */
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import type { WriteBudget } from "@/lib/zoom/write-budget";
import { apiFetch } from "@/lib/queries/http";

export const writeBudgetKeys = {
  all: ["write-budget"] as const,
  host: (userId: string) => [...writeBudgetKeys.all, userId] as const,
};

export const writeBudgetQueries = {
  host: (userId: string) =>
    queryOptions({
      queryKey: writeBudgetKeys.host(userId),
      queryFn: () => apiFetch<WriteBudget>("/api/zoom/write-budget", { query: { userId } }),
      staleTime: 0,
    }),
};

/** After a meeting or webinar create or update (occurrences too), whether it succeeded or not. */
export function refreshWriteBudget(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: writeBudgetKeys.all });
}
