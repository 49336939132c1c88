import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { redirect, RedirectType } from "next/navigation";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { themeInitScript } from "@/components/shell/theme-toggle";
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
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
