"use client";

/**
 * Auto-save for one compose: saves run one after another on a single chain, so the first save
 * creates the draft and every later one updates that same draft — never two drafts for one
 * compose. Each save reads the form as it is when it starts; keystrokes typed while it is in
 * flight count as a newer version and are saved by the next run, so none is lost.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { saveDraft } from "@/lib/queries/mail";
import type { MailDraftInput } from "@/lib/schemas/mail";

export type SaveStatus = { state: "idle" } | { state: "saving" } | { state: "saved"; at: Date } | { state: "error"; error: unknown };

export function useAutoSave({ initialId, read, onSaved, delayMs = 1200 }: { initialId: string | null; read: () => MailDraftInput; onSaved?: (id: string) => void; delayMs?: number }) {
  const id = useRef(initialId);
  const version = useRef(0);
  const savedVersion = useRef(0);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const closed = useRef(false);
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const latest = useRef({ read, onSaved });
  useEffect(() => {
    latest.current = { read, onSaved };
  });

  /** Saves now (after any save in flight); resolves with the draft id, or null when there is nothing to save yet. */
  const flush = useCallback((force = false): Promise<string | null> => {
    clearTimeout(timer.current);
    const run = chain.current.then(async () => {
      if (closed.current) return id.current;
      const unchanged = savedVersion.current === version.current;
      if (!force && unchanged && (id.current || version.current === 0)) return id.current;
      const at = version.current;
      setStatus({ state: "saving" });
      try {
        const saved = await saveDraft(id.current, latest.current.read());
        id.current = saved.id;
        savedVersion.current = Math.max(savedVersion.current, at);
        setStatus({ state: "saved", at: new Date() });
        latest.current.onSaved?.(saved.id);
        return saved.id;
      } catch (error) {
        setStatus({ state: "error", error });
        throw error;
      }
    });
    chain.current = run.catch(() => undefined);
    return run;
  }, []);

  /** Call on every edit: the save waits until typing pauses. */
  const changed = useCallback(() => {
    if (closed.current) return;
    version.current += 1;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush().catch(() => undefined), delayMs);
  }, [delayMs, flush]);

  /** Stops saving (the draft was sent or deleted) once the saves already queued are done; resolves with the id. */
  const close = useCallback(async (): Promise<string | null> => {
    clearTimeout(timer.current);
    closed.current = true;
    await chain.current;
    return id.current;
  }, []);

  // Leaving the compose (closing, navigating) saves what is still unsaved instead of dropping it.
  useEffect(() => () => void (version.current !== savedVersion.current && flush().catch(() => undefined)), [flush]);

  return { status, flush, changed, close, draftId: () => id.current, dirty: () => version.current !== savedVersion.current };
}
