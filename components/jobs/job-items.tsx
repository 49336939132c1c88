/**
 * A job's items under its bar: every result (status changes: which registrant succeeded, which
 * failed and why) or only the failures (imports, by CSV row). Zoom's code, message and tracking
 * id are shown as Zoom sent them — the tracking id is what Zoom support asks for.
 */
import { useState } from "react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { JobItemState, JobItemView } from "@/lib/jobs/types";

const PAGE = 100;

const ITEM_STATE: Record<JobItemState, { label: string; tone: BadgeTone }> = {
  pending: { label: "Waiting", tone: "neutral" },
  running: { label: "Working", tone: "brand" },
  done: { label: "Succeeded", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
  skipped: { label: "Already done", tone: "neutral" },
  cancelled: { label: "Not started", tone: "neutral" },
};

/**
 * `rows`: CSV line numbers by item index, `"index"` for `index + 2` (the whole file was sent, header
 * on line 1), or null for no row column.
 */
export function JobItems({ items, show, rows }: { items: JobItemView[]; show: "failed" | "all"; rows: readonly number[] | "index" | null }) {
  const [visible, setVisible] = useState(PAGE);
  const byRow = rows !== null;
  const list = show === "failed" ? items.filter((item) => item.state === "failed") : items;
  if (!list.length) return null;
  const caption = show === "failed" ? (byRow ? "Rows Zoom refused" : "Registrants Zoom refused") : "Result per registrant";
  const rowOf = (item: JobItemView) => item.row ?? (rows === "index" || !rows ? item.index + 2 : (rows[item.index] ?? item.index + 2));
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-800">
      {/* Focusable so keyboard users can scroll a long list (axe: scrollable-region-focusable). */}
      <div className="max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full text-left text-sm">
          <caption className="border-b border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-300">
            {caption} ({list.length.toLocaleString("en-US")})
          </caption>
          <thead className="sticky top-0 bg-white text-xs text-slate-600 shadow-[0_1px_0_rgb(226_232_240)] dark:bg-slate-900 dark:text-slate-400">
            <tr>
              {byRow ? <th scope="col" className="px-3 py-2 font-medium">Row</th> : null}
              <th scope="col" className="px-3 py-2 font-medium">Registrant</th>
              {show === "all" ? <th scope="col" className="px-3 py-2 font-medium">Result</th> : null}
              <th scope="col" className="px-3 py-2 font-medium">Zoom&apos;s reason</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {list.slice(0, visible).map((item) => (
              <tr key={item.index} className="align-top">
                {byRow ? <td className="px-3 py-2 tabular-nums text-slate-600 dark:text-slate-400">{rowOf(item)}</td> : null}
                <th scope="row" className="px-3 py-2 font-normal">
                  <span className="block font-medium text-slate-900 dark:text-slate-100">{item.name || item.email}</span>
                  {item.name ? <span className="block break-all text-xs text-slate-600 dark:text-slate-400">{item.email}</span> : null}
                </th>
                {show === "all" ? (
                  <td className="px-3 py-2">
                    <Badge tone={ITEM_STATE[item.state].tone}>{ITEM_STATE[item.state].label}</Badge>
                  </td>
                ) : null}
                <td className="px-3 py-2 text-slate-700 dark:text-slate-300">{item.error ? <ItemError error={item.error} /> : <span className="text-slate-500">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.length > visible ? (
        <div className="border-t border-slate-200 px-3 py-2 text-center dark:border-slate-800">
          <Button variant="ghost" onClick={() => setVisible((n) => n + PAGE * 5)}>
            Show more ({(list.length - visible).toLocaleString("en-US")} not shown)
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function ItemError({ error }: { error: NonNullable<JobItemView["error"]> }) {
  return (
    <span className="block space-y-0.5">
      <span className="block">{error.message}</span>
      <span className="block text-xs text-slate-600 dark:text-slate-400">
        {error.zoomCode !== null ? (
          <>
            Zoom code <span className="font-mono">{error.zoomCode}</span>
          </>
        ) : (
          <span className="font-mono">{error.code}</span>
        )}
        {error.trackingId ? (
          <>
            {" · "}tracking id <span className="select-all break-all font-mono">{error.trackingId}</span>
          </>
        ) : null}
      </span>
    </span>
  );
}
