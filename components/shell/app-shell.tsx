"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { LiveUpdatesCue } from "@/components/live-updates/live-updates-cue";
import { Icon } from "@/components/shell/icons";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { UserMenu } from "@/components/shell/user-menu";
import { cn } from "@/components/ui/cn";
import { isAdminRole, type Viewer } from "@/lib/auth/viewer-type";

/** Header (workspace, user, theme), side navigation (a drawer on small screens) and the page. */
export function AppShell({ viewer, banner, children }: { viewer: Viewer; banner?: ReactNode; children: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const admin = isAdminRole(viewer.role);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm dark:focus:bg-slate-900">
        Skip to content
      </a>
      <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/90 px-4 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <button
          type="button"
          className="rounded-md p-2 text-slate-600 hover:bg-slate-100 lg:hidden dark:text-slate-300 dark:hover:bg-slate-800"
          aria-label={menuOpen ? "Close navigation" : "Open navigation"}
          aria-expanded={menuOpen}
          aria-controls="sidebar"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <Icon name="menu" />
        </button>
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 dark:text-white">
          <span className="flex h-8 w-8 items-center justify-center rounded-lg bg-brand-600 text-white">
            <Icon name="zoom" className="h-5 w-5" />
          </span>
          {/* Visually hidden, not removed, on phones: it is the link's only name. */}
          <span className="max-sm:sr-only">Zoom Workspace</span>
        </Link>
        <span className="mx-1 hidden h-6 w-px bg-slate-200 sm:block dark:bg-slate-700" aria-hidden="true" />
        <p className="truncate text-sm text-slate-600 dark:text-slate-300">
          <span className="sr-only">Workspace: </span>
          {viewer.workspaceName}
        </p>
        <div className="ml-auto flex items-center gap-1">
          <LiveUpdatesCue />
          <ThemeToggle />
          <UserMenu viewer={viewer} />
        </div>
      </header>
      {banner}
      <div className="mx-auto flex max-w-[1400px]">
        <aside
          id="sidebar"
          className={cn(
            "fixed inset-y-14 left-0 z-20 w-60 border-r border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900 lg:sticky lg:top-14 lg:block lg:h-[calc(100vh-3.5rem)] lg:bg-transparent lg:dark:bg-transparent",
            menuOpen ? "block" : "hidden",
          )}
        >
          <SidebarNav isAdmin={admin} onNavigate={() => setMenuOpen(false)} />
        </aside>
        <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
