/** Audit log cache (owners and admins): filtered pages of entries, the filters' choices, the retention setting. */
import { infiniteQueryOptions, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { AuditFilterOptions, AuditPage, AuditSettings } from "@/lib/audit/types";
import type { AuditListQuery } from "@/lib/schemas/audit";
import { apiFetch, withQuery } from "@/lib/queries/http";

export type AuditFilters = Pick<AuditListQuery, "actor" | "action" | "target" | "from" | "to" | "source">;

export const AUDIT_PAGE_SIZE = 50;

export const auditKeys = {
  all: ["audit"] as const,
  lists: () => [...auditKeys.all, "list"] as const,
  list: (filters: AuditFilters) => [...auditKeys.lists(), filters] as const,
  filters: () => [...auditKeys.all, "filters"] as const,
  settings: () => [...auditKeys.all, "settings"] as const,
};

export const auditQueries = {
  list: (filters: AuditFilters) =>
    infiniteQueryOptions({
      queryKey: auditKeys.list(filters),
      queryFn: ({ pageParam, signal }) => apiFetch<AuditPage>("/api/audit", { query: { ...filters, pageSize: AUDIT_PAGE_SIZE, cursor: pageParam }, signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
    }),
  filters: () => queryOptions({ queryKey: auditKeys.filters(), queryFn: ({ signal }) => apiFetch<AuditFilterOptions>("/api/audit/filters", { signal }) }),
  settings: () => queryOptions({ queryKey: auditKeys.settings(), queryFn: ({ signal }) => apiFetch<AuditSettings>("/api/audit/settings", { signal }) }),
};

/** The download link for what the filters show. */
export const auditCsvUrl = (filters: AuditFilters) => withQuery("/api/audit/export.csv", filters);

export function useSetAuditRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: number) => apiFetch<AuditSettings>("/api/audit/settings", { method: "PUT", body: { days } }),
    onSuccess: (settings) => {
      queryClient.setQueryData(auditKeys.settings(), settings);
      // The change leaves its own entry.
      void queryClient.invalidateQueries({ queryKey: auditKeys.lists() });
    },
  });
}
