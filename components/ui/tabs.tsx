"use client";

/**
 * WAI-ARIA tabs: a tablist of buttons with roving focus (arrow keys, Home/End). The panel is
 * rendered by the caller inside <TabPanel>, labelled by the selected tab.
 */
import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export interface TabItem<T extends string> {
  value: T;
  label: ReactNode;
  count?: number | null;
}

export function Tabs<T extends string>({ label, items, value, onChange, idBase }: { label: string; items: TabItem<T>[]; value: T; onChange: (value: T) => void; idBase?: string }) {
  const fallback = useId();
  const base = idBase ?? fallback;
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = items.length - 1;
    const next = event.key === "ArrowRight" ? (index === last ? 0 : index + 1) : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1) : event.key === "Home" ? 0 : event.key === "End" ? last : null;
    if (next === null) return;
    event.preventDefault();
    refs.current[next]?.focus();
    onChange(items[next]!.value);
  };
  return (
    // Phones: tabs share the width and a long label wraps, so every tab stays in view (no hidden scroll strip).
    <div role="tablist" aria-label={label} className="flex gap-1 border-b border-slate-200 max-sm:gap-0 dark:border-slate-800">
      {items.map((item, index) => {
        const selected = item.value === value;
        return (
          <button
            key={item.value}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${item.value}`}
            aria-selected={selected}
            aria-controls={`${base}-panel`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(item.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={cn(
              "-mb-px flex items-center gap-2 border-b-2 px-3 py-2.5 text-sm font-medium transition-colors sm:whitespace-nowrap max-sm:min-w-0 max-sm:flex-auto max-sm:justify-center max-sm:gap-1.5 max-sm:px-1.5 max-sm:text-center max-sm:text-[13px] max-sm:leading-tight",
              selected
                ? "border-brand-600 text-brand-700 dark:border-brand-500 dark:text-brand-100"
                : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100",
            )}
          >
            {item.label}
            {item.count !== undefined && item.count !== null ? (
              <span className={cn("rounded-full px-1.5 py-0.5 text-xs", selected ? "bg-brand-50 text-brand-700 dark:bg-brand-600/20 dark:text-brand-100" : "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300")}>
                {item.count.toLocaleString("en-US")}
              </span>
            ) : null}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel({ idBase, value, children, className }: { idBase: string; value: string; children: ReactNode; className?: string }) {
  return (
    <div role="tabpanel" id={`${idBase}-panel`} aria-labelledby={`${idBase}-tab-${value}`} className={className}>
      {children}
    </div>
  );
}
