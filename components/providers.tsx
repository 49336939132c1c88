"use client";

import { MutationCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useDarkTheme } from "@/components/shell/use-dark-theme";
import { RememberedTimeZone } from "@/components/ui/time";
import { preloadToasts, Toaster } from "@/components/ui/toast";

/** `timeZone`: the zone the viewer's cookie remembers (app/layout.tsx), for times rendered on the server. */
export function Providers({ children, timeZone }: { children: ReactNode; timeZone: string | null }) {
  // Toasts follow the dashboard's own theme switch, not the operating system's.
  const dark = useDarkTheme();
  const [queryClient] = useState(
    () =>
      new QueryClient({
        // Every save, delete or connect ends in a toast: load the toasts while Zoom answers.
        mutationCache: new MutationCache({ onMutate: preloadToasts }),
        defaultOptions: {
          queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: (count, error) => count < 1 && !(error as { status?: number }).status },
        },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <RememberedTimeZone value={timeZone}>{children}</RememberedTimeZone>
      {/* Offset below the sticky header (3.5 rem), so a toast never covers the theme toggle or the user menu. */}
      <Toaster richColors closeButton position="top-right" offset={{ top: 72, right: 16 }} mobileOffset={{ top: 64 }} theme={dark ? "dark" : "light"} />
    </QueryClientProvider>
  );
}
