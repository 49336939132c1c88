/** Templates cache (fetch → /api/zoom/templates). Zoom cannot edit templates, so there are no mutations here. */
import { queryOptions } from "@tanstack/react-query";
import type { TemplateList } from "@/lib/services/account";
import { apiFetch } from "@/lib/queries/http";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export const templateKeys = {
  all: ["templates"] as const,
  kind: (kind: ScheduledKind) => [...templateKeys.all, kind] as const,
  list: (kind: ScheduledKind, userId: string) => [...templateKeys.kind(kind), userId] as const,
};

export const templateQueries = {
  list: (kind: ScheduledKind, userId = "me") =>
    queryOptions({
      queryKey: templateKeys.list(kind, userId),
      queryFn: ({ signal }) => apiFetch<TemplateList>("/api/zoom/templates", { query: { kind, userId }, signal }),
      staleTime: 5 * 60_000,
    }),
};
