"use client";

/**
 * A small actions menu (menu button pattern): Enter/Space/ArrowDown open it, arrows move between
 * items, Escape closes and returns focus to the button.
 *
 * The open menu is drawn in a portal at the button's place on screen, below it or, near the bottom
 * of the window, above it: inside a table's scroll box it would be cut off at the box's edge (the
 * last row of a short list). It follows the button when the page scrolls or a list changes around
 * it, and closes once the button has left the window.
 */
import Link from "next/link";
import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from "react";
import { createPortal } from "react-dom";
import { cn } from "@/components/ui/cn";

/** The gap between the button and the menu, and between the menu and the window's edge. */
const GAP = 4;
/** Before the first measurement, which happens before the browser paints: out of sight, still focusable. */
const UNPLACED: CSSProperties = { position: "fixed", top: 0, right: 0 };

/** Where the menu goes for the button as it is now; null when the button is out of the window. */
function placeBelowOrAbove(button: HTMLElement, menu: HTMLElement): CSSProperties | null {
  const at = button.getBoundingClientRect();
  if (at.bottom < 0 || at.top > window.innerHeight || (at.width === 0 && at.height === 0)) return null;
  const right = Math.max(GAP, window.innerWidth - at.right);
  const below = window.innerHeight - at.bottom;
  if (below >= menu.offsetHeight + GAP || below >= at.top) return { position: "fixed", top: at.bottom + GAP, right };
  return { position: "fixed", bottom: window.innerHeight - at.top + GAP, right };
}

export type MenuItem = { label: string; danger?: boolean } & ({ href: string; onSelect?: never } | { onSelect: () => void; href?: never });

/** `outlined`: a button-sized trigger, for a row of secondary buttons (a page header) rather than a table row. */
export function ActionsMenu({ label, items, outlined = false }: { label: string; items: MenuItem[]; outlined?: boolean }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLElement | null)[]>([]);
  const root = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<CSSProperties>(UNPLACED);

  useLayoutEffect(() => {
    if (!open) return;
    // Placed before the browser paints (so it never shows at a wrong place first), and again
    // whenever the page scrolls, the window resizes or the list re-renders around the button.
    const follow = () => {
      const next = button.current && menu.current ? placeBelowOrAbove(button.current, menu.current) : null;
      if (next) setPlace(next);
      else setOpen(false);
    };
    follow();
    const observer = new ResizeObserver(follow);
    observer.observe(document.body);
    window.addEventListener("scroll", follow, true);
    window.addEventListener("resize", follow);
    return () => {
      observer.disconnect();
      window.removeEventListener("scroll", follow, true);
      window.removeEventListener("resize", follow);
      setPlace(UNPLACED);
    };
  }, [open]);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus({ preventScroll: true });
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!root.current?.contains(target) && !menu.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const focusable = itemRefs.current.filter(Boolean) as HTMLElement[];
    const index = focusable.indexOf(document.activeElement as HTMLElement);
    if (event.key === "Escape" || event.key === "Tab") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = event.key === "ArrowDown" ? (index + 1) % focusable.length : (index - 1 + focusable.length) % focusable.length;
      focusable[next]?.focus();
    }
  };
  const itemClass = (danger?: boolean) =>
    cn(
      "block w-full px-3 py-2 text-left text-sm focus:outline-none",
      danger ? "text-red-700 hover:bg-red-50 focus:bg-red-50 dark:text-red-400 dark:hover:bg-red-500/10 dark:focus:bg-red-500/10" : "text-slate-700 hover:bg-slate-100 focus:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus:bg-slate-800",
    );

  return (
    <div ref={root} className="relative inline-block text-left">
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
          }
        }}
        className={cn(
          "rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white",
          outlined ? "border border-slate-300 bg-white px-2.5 py-[7px] text-slate-700 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200" : "p-1.5",
        )}
      >
        <svg viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5" aria-hidden="true">
          <path d="M4 10a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0zm7.5 0a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0zM19 10a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0z" />
        </svg>
      </button>
      {open
        ? createPortal(
            <div
              ref={menu}
              id={`${id}-menu`}
              role="menu"
              aria-label={label}
              onKeyDown={onMenuKey}
              style={place}
              className="z-40 w-48 overflow-hidden rounded-lg border border-slate-200 bg-white py-1 text-left shadow-lg dark:border-slate-700 dark:bg-slate-900"
            >
              {items.map((item, index) =>
                item.href ? (
                  <Link
                    key={item.label}
                    ref={(el) => {
                      itemRefs.current[index] = el;
                    }}
                    role="menuitem"
                    tabIndex={-1}
                    href={item.href}
                    className={itemClass(item.danger)}
                    onClick={() => setOpen(false)}
                  >
                    {item.label}
                  </Link>
                ) : (
                  <button
                    key={item.label}
                    ref={(el) => {
                      itemRefs.current[index] = el;
                    }}
                    role="menuitem"
                    tabIndex={-1}
                    type="button"
                    className={itemClass(item.danger)}
                    onClick={() => {
                      setOpen(false);
                      item.onSelect?.();
                    }}
                  >
                    {item.label}
                  </button>
                ),
              )}
            </div>,
            document.body,
          )
        : null}
    </div>
  );
}
