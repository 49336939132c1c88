"use client";

/**
 * The IANA time-zone picker as an ARIA combobox (input + listbox, WAI-ARIA APG "list autocomplete"):
 * type "Berl" and Europe/Berlin is first; ↓/↑ move, Enter picks, Escape closes (a second Escape
 * puts back the chosen zone). The viewer's zone and recently used ones (localStorage) come first.
 * Controlled (`value`/`onChange`), so react-hook-form drives it through a Controller.
 */
import { useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { controlClass } from "@/components/ui/field";
import { useViewerTimeZone } from "@/components/ui/time";
import { RECENT_KEY, readRecentZones, rememberZone, timeZones, zoneLabel, zoneOptions } from "@/components/scheduled/time-zones";

const subscribeStorage = (listener: () => void) => {
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
};

export interface TimeZoneSelectProps {
  value: string;
  onChange: (zone: string) => void;
  onBlur?: () => void;
  name?: string;
  label?: string;
  error?: string;
  hint?: string;
  ref?: React.Ref<HTMLInputElement>;
}

export function TimeZoneSelect({ value, onChange, onBlur, name, label = "Time zone", error, hint, ref }: TimeZoneSelectProps) {
  const id = useId();
  const listId = `${id}-list`;
  const viewer = useViewerTimeZone();
  const recentRaw = useSyncExternalStore(subscribeStorage, () => window.localStorage.getItem(RECENT_KEY), () => null);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const [now] = useState(() => new Date());
  const zones = useMemo(() => timeZones(), []);
  const options = useMemo(() => zoneOptions(zones, query ?? "", { viewer, recent: readRecentZones(recentRaw) }, now), [zones, query, viewer, recentRaw, now]);

  const pick = (zone: string) => {
    rememberZone(window.localStorage, zone);
    // Same-tab writes fire no "storage" event; tell our own subscription.
    window.dispatchEvent(new StorageEvent("storage", { key: RECENT_KEY }));
    onChange(zone);
    setQuery(null);
    setOpen(false);
  };

  const move = (to: number) => {
    const next = Math.max(0, Math.min(options.length - 1, to));
    setActive(next);
    listRef.current?.querySelector(`#${CSS.escape(`${id}-${next}`)}`)?.scrollIntoView({ block: "nearest" });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        move(event.key === "ArrowDown" ? 0 : options.length - 1);
      } else move(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Home" && open) {
      event.preventDefault();
      move(0);
    } else if (event.key === "End" && open) {
      event.preventDefault();
      move(options.length - 1);
    } else if (event.key === "Enter" && open) {
      // Enter picks instead of submitting the form while the list is open.
      event.preventDefault();
      if (options[active]) pick(options[active].zone);
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setQuery(null);
    }
  };

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const activeId = open && options[active] ? `${id}-${active}` : undefined;

  return (
    <div className="relative space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
        {label}
      </label>
      <input
        id={id}
        ref={ref}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder="Type a city or region, e.g. Berlin"
        className={controlClass}
        value={query ?? (value ? zoneLabel(value, now) : "")}
        onFocus={(event) => event.target.select()}
        onClick={() => setOpen(true)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
          onBlur?.();
        }}
      />
      <ul
        id={listId}
        ref={listRef}
        role="listbox"
        aria-label={`${label} options`}
        hidden={!open}
        className="absolute z-30 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
      >
        {!open ? null : options.length === 0 ? (
          <li role="presentation" className="px-3 py-2 text-slate-500 dark:text-slate-400">
            No time zone matches “{query}”.
          </li>
        ) : (
          options.map((option, index) => (
            <li
              key={option.zone}
              id={`${id}-${index}`}
              role="option"
              aria-selected={option.zone === value}
              // Keep focus in the input so the list stays open and blur does not win the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option.zone)}
              onMouseMove={() => index !== active && setActive(index)}
              className={cn(
                "flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 text-slate-800 dark:text-slate-100",
                index === active && "bg-brand-50 dark:bg-brand-600/20",
                option.zone === value && "font-medium",
              )}
            >
              <span>
                {option.city} <span className="text-xs text-slate-600 dark:text-slate-300">{option.zone}</span>
              </span>
              <span className="shrink-0 text-xs text-slate-600 dark:text-slate-300">
                {option.tag ? `${option.tag} · ` : ""}
                {option.offset}
              </span>
            </li>
          ))
        )}
      </ul>
      {error ? (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
