"use client";

/** Optional attachments: read in the browser as base64 (the server builds the MIME), within the total limit shown. */
import { useId, useState } from "react";
import { PaperclipIcon } from "@/components/mail/paperclip-icon";
import { buttonClass } from "@/components/ui/button";
import { base64Bytes, MAIL_ATTACHMENTS_MAX_BYTES, MAIL_ATTACHMENTS_MAX_COUNT } from "@/lib/schemas/mail";

export interface Attachment {
  name: string;
  type: string;
  data: string;
}

const LIMIT_MB = MAIL_ATTACHMENTS_MAX_BYTES / 1024 / 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsDataURL(file);
  });
}

export function AttachmentsField({ value, onChange }: { value: Attachment[]; onChange: (next: Attachment[]) => void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const used = value.reduce((sum, a) => sum + base64Bytes(a.data), 0);

  async function add(files: FileList | null) {
    if (!files?.length) return;
    const list = [...files];
    const adding = list.reduce((sum, f) => sum + f.size, 0);
    if (used + adding > MAIL_ATTACHMENTS_MAX_BYTES) return setError(`Attachments may add up to ${LIMIT_MB} MB in total; these would make ${formatBytes(used + adding)}.`);
    if (value.length + list.length > MAIL_ATTACHMENTS_MAX_COUNT) return setError(`At most ${MAIL_ATTACHMENTS_MAX_COUNT} attachments.`);
    try {
      const read = await Promise.all(list.map(async (file) => ({ name: file.name, type: file.type || "application/octet-stream", data: await readBase64(file) })));
      setError(null);
      onChange([...value, ...read]);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The file could not be read.");
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={id} className={buttonClass("secondary", "cursor-pointer focus-within:ring-2")}>
          Attach files
        </label>
        <input
          id={id}
          type="file"
          multiple
          className="sr-only"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          onChange={(event) => {
            void add(event.target.files);
            event.target.value = "";
          }}
        />
        <p id={`${id}-hint`} className="text-xs text-slate-500 dark:text-slate-400">
          Up to {LIMIT_MB} MB in total ({formatBytes(used)} used), at most {MAIL_ATTACHMENTS_MAX_COUNT} files.
        </p>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      {value.length ? (
        <ul aria-label="Attachments" className="flex flex-wrap gap-2">
          {value.map((a, index) => (
            <li key={`${a.name}-${index}`} className="inline-flex items-center gap-2 rounded-md border border-slate-200 bg-slate-50 py-1 pl-2.5 pr-1 text-sm dark:border-slate-700 dark:bg-slate-800">
              <PaperclipIcon className="h-3.5 w-3.5 text-slate-500 dark:text-slate-400" />
              <span className="font-medium text-slate-800 dark:text-slate-100">{a.name}</span>
              <span className="text-xs text-slate-500 dark:text-slate-400">{formatBytes(base64Bytes(a.data))}</span>
              <button type="button" aria-label={`Remove attachment ${a.name}`} onClick={() => onChange(value.filter((_, i) => i !== index))} className="rounded px-1.5 text-slate-600 hover:bg-slate-200 dark:text-slate-300 dark:hover:bg-slate-700">
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
