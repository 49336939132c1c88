"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const items = [
  { href: "/settings", label: "Profile", adminOnly: false, ownerOnly: false },
  { href: "/settings/connections", label: "Connections", adminOnly: false, ownerOnly: false },
  { href: "/settings/mail", label: "Mail", adminOnly: false, ownerOnly: false },
  { href: "/settings/members", label: "Members", adminOnly: true, ownerOnly: false },
  { href: "/settings/jobs", label: "Background jobs", adminOnly: true, ownerOnly: false },
  { href: "/settings/webhooks", label: "Webhooks", adminOnly: true, ownerOnly: true },
  { href: "/settings/audit", label: "Audit log", adminOnly: true, ownerOnly: false },
];

export function SettingsNav({ isAdmin, isOwner = false }: { isAdmin: boolean; isOwner?: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="mb-6 border-b border-slate-200 dark:border-slate-800">
      <ul className="-mb-px flex flex-wrap gap-x-4 gap-y-1">
        {items
          .filter((item) => (isAdmin || !item.adminOnly) && (isOwner || !item.ownerOnly))
          .map((item) => {
            const active = pathname === item.href;
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={cn(
                    "inline-block border-b-2 px-1 pb-2 text-sm font-medium",
                    active
                      ? "border-brand-600 text-brand-700 dark:text-brand-100"
                      : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white",
                  )}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
