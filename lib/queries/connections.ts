/**
 * Settings → Connections cache: query keys, options and mutations (fetch → /api/connections/*).
 * Every mutation invalidates only `connections` (overview + banner alerts).
 */
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { ConnectionAlert, ConnectionsOverview } from "@/lib/auth/connections";
import type { DeviceAuthorizationView, DevicePollResult } from "@/lib/auth/vault/device";
import type { S2SConnected } from "@/lib/auth/connect-s2s";
import type { ConnectionCheck } from "@/lib/auth/connection-check";
import type { S2SConnectInput } from "@/lib/schemas/connection";
import { apiFetch } from "@/lib/queries/http";

export const connectionKeys = {
  all: ["connections"] as const,
  overview: () => [...connectionKeys.all, "overview"] as const,
  alerts: () => [...connectionKeys.all, "alerts"] as const,
  device: (id: string) => [...connectionKeys.all, "device", id] as const,
};

export const connectionQueries = {
  overview: () => queryOptions({ queryKey: connectionKeys.overview(), queryFn: () => apiFetch<ConnectionsOverview>("/api/connections") }),
  alerts: () =>
    queryOptions({
      queryKey: connectionKeys.alerts(),
      queryFn: async () => (await apiFetch<{ alerts: ConnectionAlert[] }>("/api/connections/alerts")).alerts,
      refetchInterval: 60_000,
    }),
  /** One poll per interval; keeps polling while the person approves in another tab. */
  devicePoll: (id: string, intervalSeconds: number) =>
    queryOptions({
      queryKey: connectionKeys.device(id),
      queryFn: () => apiFetch<DevicePollResult>(`/api/connections/device/${encodeURIComponent(id)}`, { method: "POST" }),
      // Ask again when the server says Zoom may be polled (between 1 s and the interval); it never polls Zoom sooner.
      refetchInterval: (query) => {
        const data = query.state.data;
        if (data && data.status !== "pending") return false;
        if (data?.status !== "pending") return intervalSeconds * 1000;
        return Math.min(Math.max(data.nextPollInMs + 100, 1000), data.intervalSeconds * 1000);
      },
      refetchIntervalInBackground: true,
      retry: false,
      staleTime: 0,
    }),
};

function useInvalidateConnections() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: connectionKeys.all });
}

export function useDisconnect() {
  const invalidate = useInvalidateConnections();
  return useMutation({
    mutationFn: (id: string) => apiFetch<{ revokedAtZoom: boolean }>(`/api/connections/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export function useConnectS2S() {
  const invalidate = useInvalidateConnections();
  return useMutation({
    mutationFn: (input: S2SConnectInput) => apiFetch<S2SConnected>("/api/connections/s2s", { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export function useReconnectS2S() {
  const invalidate = useInvalidateConnections();
  return useMutation({
    mutationFn: () => apiFetch<{ reconnected: boolean }>("/api/connections/s2s/reconnect", { method: "POST" }),
    // Also after a failure: the connection's status and last error changed.
    onSettled: invalidate,
  });
}

export function useStartDevice() {
  return useMutation({ mutationFn: () => apiFetch<DeviceAuthorizationView>("/api/connections/device", { method: "POST" }) });
}

export function useCancelDevice() {
  return useMutation({ mutationFn: (id: string) => apiFetch<void>(`/api/connections/device/${encodeURIComponent(id)}`, { method: "DELETE" }) });
}

/** On demand, not cached: the point is to ask Zoom now. Refreshes the cards (a renewal may have happened). */
export function useCheckConnection() {
  const invalidate = useInvalidateConnections();
  return useMutation({
    mutationFn: (level: "user" | "account") => apiFetch<ConnectionCheck>(`/api/connections/check?level=${level}`),
    onSettled: invalidate,
  });
}
