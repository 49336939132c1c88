/**
 * Server-side prefetch for a page: runs `prefetch` against a fresh QueryClient and hands the cache
 * to the client components below through HydrationBoundary. A failed prefetch is not an error
 * here — the client component refetches and shows the failure (with Zoom's details) itself.
 */
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";

export async function Hydrate({ prefetch, children }: { prefetch: (client: QueryClient) => Promise<unknown>; children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: false } } });
  await prefetch(client).catch(() => undefined);
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
