/** The viewer's own sessions (Settings → Profile): how many browsers are signed in, and sign out everywhere. */
import { queryOptions, useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/lib/queries/http";

export const sessionKeys = { live: () => ["sessions", "live"] as const };

export const sessionQueries = {
  live: () => queryOptions({ queryKey: sessionKeys.live(), queryFn: () => apiFetch<{ live: number }>("/api/sessions") }),
};

export function useSignOutEverywhere() {
  return useMutation({ mutationFn: () => apiFetch<{ ended: number }>("/api/sessions", { method: "DELETE" }) });
}
