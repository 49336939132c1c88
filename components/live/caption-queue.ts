"use client";

/**
 * The console's outbox: what was typed goes out one request at a time per language, in order. A
 * request that fails stays at the head (with Retry / Discard) and everything typed after it in that
 * language waits, so captions never overtake each other; the server keeps the seq, so a reload continues where Zoom left off.
 */
import { useRef, useState } from "react";
import { useSendCaptions } from "@/lib/queries/live";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { CaptionSendResult } from "@/lib/zoom/types/live";

export interface Outgoing {
  id: number;
  text: string;
  lang: string;
  state: "queued" | "sending" | "failed" | "done";
  result?: CaptionSendResult["lines"];
  error?: unknown;
}

export function useCaptionQueue(parent: ScheduledRef) {
  const { mutateAsync } = useSendCaptions(parent);
  const [items, setItems] = useState<Outgoing[]>([]);
  // The outbox is read outside renders (after each answer), so it lives in a ref mirrored to state.
  const outbox = useRef<Outgoing[]>([]);
  const nextId = useRef(1);
  // One line of requests per language: each is its own caption stream at Zoom (and its own seq), so a
  // failed English line holds back English only, not the German typed after it.
  const busy = useRef(new Set<string>());

  const commit = (next: Outgoing[]) => {
    outbox.current = next;
    setItems(next);
  };
  const patch = (id: number, change: Partial<Outgoing>) => commit(outbox.current.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const pump = () => {
    for (const lang of new Set(outbox.current.map((item) => item.lang))) {
      if (busy.current.has(lang)) continue;
      const head = outbox.current.find((item) => item.lang === lang && item.state !== "done");
      if (!head || head.state !== "queued") continue;
      busy.current.add(lang);
      patch(head.id, { state: "sending" });
      mutateAsync({ text: head.text, lang: head.lang })
        .then((res) => patch(head.id, { state: res.lines.some((line) => line.status !== "sent") ? "failed" : "done", result: res.lines, error: undefined }))
        .catch((error: unknown) => patch(head.id, { state: "failed", error }))
        .finally(() => {
          busy.current.delete(lang);
          pump();
        });
    }
  };

  const enqueue = (text: string, lang: string) => {
    commit([...outbox.current, { id: nextId.current++, text, lang, state: "queued" }]);
    pump();
  };
  /** Sends again only what Zoom did not take: lines already delivered keep their seq. */
  const retry = (id: number) => {
    commit(
      outbox.current.map((item) => {
        if (item.id !== id) return item;
        const rest = item.result?.filter((line) => line.status !== "sent").map((line) => line.text);
        return { ...item, text: rest?.length ? rest.join("\n") : item.text, result: undefined, state: "queued", error: undefined };
      }),
    );
    pump();
  };
  const discard = (id: number) => {
    commit(outbox.current.filter((item) => item.id !== id));
    pump();
  };
  return { items, enqueue, retry, discard };
}
