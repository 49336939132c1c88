"use client";

import { useEffect, useRef, useState } from "react";
import { signOutTo } from "@/components/auth/auth-actions";
import type { Viewer } from "@/lib/auth/viewer-type";

const roleLabel = { owner: "Owner", admin: "Admin", member: "Member" } as const;

export function UserMenu({ viewer }: { viewer: Viewer }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);
  const initials = viewer.name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <div className="relative" ref={ref}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        <span className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-800 dark:bg-brand-600/30 dark:text-brand-100" aria-hidden="true">
          {initials}
        </span>
        {/* Below md only the initials show; the name stays as the button's accessible name. */}
        <span className="text-left max-md:sr-only">
          <span className="block font-medium text-slate-900 dark:text-slate-100">{viewer.name}</span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">{roleLabel[viewer.role]}</span>
        </span>
      </button>
      {open ? (
        <div role="menu" className="absolute right-0 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <div className="px-2 py-2 text-sm">
            <p className="font-medium text-slate-900 dark:text-slate-100">{viewer.name}</p>
            <p className="truncate text-slate-600 dark:text-slate-400">{viewer.email}</p>
          </div>
          <button
            type="button"
            role="menuitem"
            onClick={() => void signOutTo("/signin")}
            className="w-full rounded-md px-2 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
          >
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}
