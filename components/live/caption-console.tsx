"use client";

/**
 * The built-in caption console: type or paste, Enter sends. Each line shows its seq and whether
 * Zoom took it; the lines Zoom accepted earlier come from the server, so a reload shows them too.
 */
import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { DisabledReason } from "@/components/live/action-outcome";
import { CaptionRow, OutgoingRows } from "@/components/live/caption-rows";
import { useCaptionQueue } from "@/components/live/caption-queue";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { liveQueries } from "@/lib/queries/live";
import { CAPTION_CHUNK_CHARS, captionChunks } from "@/lib/schemas/live";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { ControlAvailability } from "@/lib/zoom/types/live";

const LANGUAGES = [
  ["en-US", "English (US)"],
  ["en-GB", "English (UK)"],
  ["de-DE", "Deutsch"],
  ["es-ES", "Español"],
  ["fr-FR", "Français"],
  ["jp-JP", "日本語"],
  ["zh-CN", "简体中文"],
] as const;

export function CaptionConsole({ parent, availability }: { parent: ScheduledRef; availability: ControlAvailability }) {
  const reasonId = useId();
  const [lang, setLang] = useState<string>("en-US");
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const history = useQuery(liveQueries.captions(parent, lang));
  const { items, enqueue, retry, discard } = useCaptionQueue(parent);
  const log = useRef<HTMLOListElement>(null);
  // A sent request is drawn from the history once the history has reached its lines. The history is
  // the latest 50 lines, so a seq at or below its newest was delivered even when it has scrolled out.
  const newestDelivered = Math.max(0, ...(history.data?.lines.map((line) => line.seq) ?? []));
  const shown = items.filter((item) => item.lang === lang && !(item.state === "done" && item.result?.every((line) => line.seq !== null && line.seq <= newestDelivered)));

  useEffect(() => {
    log.current?.scrollTo({ top: log.current.scrollHeight });
  }, [history.data, items]);

  const submit = () => {
    if (captionChunks(text).length === 0) return setError("Type a caption first.");
    setError(undefined);
    enqueue(text, lang);
    setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <Card
      title="Caption console"
      className="flex flex-col"
      actions={<span className="rounded-md bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">next seq {history.data?.nextSeq ?? "…"}</span>}
    >
      <ol ref={log} aria-label="Caption lines" className="mb-4 h-72 space-y-1.5 overflow-y-auto rounded-lg border border-slate-200 bg-slate-950 p-3 text-[15px] leading-snug dark:border-slate-800">
        {history.data?.lines.length || shown.length ? null : <li className="py-10 text-center text-slate-400">Lines you send appear here with their seq and delivery status.</li>}
        {history.data?.lines.map((line) => <CaptionRow key={`h${line.seq}`} seq={line.seq} text={line.text} status="sent" />)}
        <OutgoingRows items={shown} onRetry={retry} onDiscard={discard} />
      </ol>
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <TextAreaField
          label="Caption text"
          hint={`Enter sends · Shift+Enter adds a line · lines over ${CAPTION_CHUNK_CHARS} characters are split`}
          rows={2}
          value={text}
          error={error}
          disabled={!availability.enabled}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder="Type what is being said…"
        />
        <SelectField label="Language" value={lang} onChange={(e) => setLang(e.target.value)}>
          {LANGUAGES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="mt-3 flex items-center justify-between gap-3">
        <p className="text-xs text-slate-500 dark:text-slate-400">Sent from this server in order; failed lines retry without losing their place.</p>
        <Button onClick={submit} disabled={!availability.enabled || !text.trim()} aria-describedby={availability.reason ? reasonId : undefined}>
          Send caption
        </Button>
      </div>
      <DisabledReason id={reasonId} reason={availability.reason} />
    </Card>
  );
}
