"use client";

/** Rows of the caption log: a delivered line (seq + text), and the outbox's lines with their state. */
import { Fragment } from "react";
import type { Outgoing } from "@/components/live/caption-queue";
import { Button } from "@/components/ui/button";
import { ZoomErrorDetails } from "@/components/ui/toast";

const STATUS = {
  sent: { label: "Delivered", className: "text-emerald-400" },
  sending: { label: "Sending…", className: "text-sky-300" },
  queued: { label: "Waiting", className: "text-slate-400" },
  failed: { label: "Not delivered", className: "text-red-400" },
  not_sent: { label: "Held back", className: "text-amber-300" },
} as const;

export function CaptionRow({ seq, text, status }: { seq: number | null; text: string; status: keyof typeof STATUS }) {
  const s = STATUS[status];
  return (
    <li className="grid grid-cols-[3.5rem_1fr_auto] items-baseline gap-3 text-slate-100">
      <span className="text-right font-mono text-xs text-slate-400">{seq === null ? "—" : `#${seq}`}</span>
      <span className="whitespace-pre-wrap break-words">{text}</span>
      <span className={`font-mono text-xs ${s.className}`}>{s.label}</span>
    </li>
  );
}

/** Flat rows (one `li` per caption line, plus one for a failure's actions), so each line is one list item. */
export function OutgoingRows({ items, onRetry, onDiscard }: { items: Outgoing[]; onRetry: (id: number) => void; onDiscard: (id: number) => void }) {
  const blocked = items.findIndex((item) => item.state === "failed");
  return (
    <>
      {items.map((item, index) => {
        const status = item.state === "sending" ? "sending" : item.state === "failed" ? "failed" : blocked >= 0 && index > blocked ? "not_sent" : "queued";
        const rows = item.result ?? [{ seq: null, text: item.text, status }];
        return (
          <Fragment key={item.id}>
            {rows.map((line, i) => (
              <CaptionRow key={i} seq={line.seq} text={line.text} status={line.status} />
            ))}
            {item.state === "failed" ? <FailedActions item={item} onRetry={onRetry} onDiscard={onDiscard} /> : null}
          </Fragment>
        );
      })}
    </>
  );
}

function FailedActions({ item, onRetry, onDiscard }: { item: Outgoing; onRetry: (id: number) => void; onDiscard: (id: number) => void }) {
  const reason = item.result?.find((line) => line.status === "failed")?.reason;
  return (
    <li>
      <div role="alert" className="ml-[4.25rem] flex flex-wrap items-center gap-2 rounded-md bg-red-500/10 px-2 py-1.5 font-sans text-xs text-red-200">
        <span className="min-w-0 flex-1">{reason ?? <ZoomErrorDetails error={item.error} />}</span>
        <Button variant="secondary" className="px-2 py-1 text-xs" onClick={() => onRetry(item.id)}>
          Retry
        </Button>
        <Button variant="ghost" className="px-2 py-1 text-xs text-red-100" onClick={() => onDiscard(item.id)}>
          Discard
        </Button>
      </div>
    </li>
  );
}
