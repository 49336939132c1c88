/** Home page cache: live meetings and the next four weeks (fetch → /api/zoom/home). */
import { queryOptions, type QueryClient, type QueryKey } from "@tanstack/react-query";
import type { HomeData } from "@/lib/zoom/home";
import { apiFetch } from "@/lib/queries/http";

export type HomeScope = "me" | "account";

export const homeKeys = {
  all: ["home"] as const,
  scope: (scope: HomeScope) => [...homeKeys.all, scope] as const,
};

export const homeQueries = {
  data: (scope: HomeScope) =>
    queryOptions({
      queryKey: homeKeys.scope(scope),
      queryFn: ({ signal }) => apiFetch<HomeData>("/api/zoom/home", { query: { scope }, signal }),
      // "Live now" should not go stale while the page is open.
      refetchInterval: 60_000,
    }),
};

/** After a meeting or webinar changed: its kind's lists, and home's counts and agenda (which list them too). */
export function invalidateListsAndHome(queryClient: QueryClient, listsKey: QueryKey) {
  void queryClient.invalidateQueries({ queryKey: listsKey });
  void queryClient.invalidateQueries({ queryKey: homeKeys.all });
}
