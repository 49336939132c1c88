import type { Metadata, Viewport } from "next";
import { cookies, headers } from "next/headers";
import { redirect, RedirectType } from "next/navigation";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { themeInitScript } from "@/components/shell/theme-init";
import { rememberedTimeZone, TIME_ZONE_COOKIE, timeZoneCookieScript } from "@/lib/time-zone-cookie";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Zoom Workspace", template: "%s · Zoom Workspace" },
  description: "Self-hosted dashboard for your Zoom account's meetings, webinars, recordings, users and mail.",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = { themeColor: "#0b5cff" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The per-request nonce from proxy.ts (Content-Security-Policy); reading it renders every page per request.
  const requestHeaders = await headers();
  // proxy.ts: this page was asked for under another host than APP_URL.
  const elsewhere = requestHeaders.get("x-app-url-redirect");
  if (elsewhere) redirect(elsewhere, RedirectType.replace);
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  // The viewer's zone as their browser last said it: times render on the server in it (components/ui/time.ts).
  const timeZone = rememberedTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeInitScript }} />
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: timeZoneCookieScript }} />
      </head>
      <body>
        <Providers timeZone={timeZone}>{children}</Providers>
      </body>
    </html>
  );
}
