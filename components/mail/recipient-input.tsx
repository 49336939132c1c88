"use client";

/**
 * An address field with chips: typing a comma, space, Enter or leaving the field turns each valid
 * address into a chip; an invalid one stays in the box, marked, so nothing typed is lost.
 */
import { useId, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { controlBase } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { emailAddressSchema } from "@/lib/schemas/mail";

export function RecipientInput({ label, value, onChange, error }: { label: string; value: string[]; onChange: (next: string[]) => void; error?: string }) {
  const id = useId();
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState<string | null>(null);

  function commit(raw: string) {
    const tokens = raw.split(/[,;\s]+/).map((t) => t.trim()).filter(Boolean);
    if (!tokens.length) return setText("");
    const good: string[] = [];
    const bad: string[] = [];
    for (const token of tokens) {
      const parsed = emailAddressSchema.safeParse(token.replace(/^<|>$/g, ""));
      if (parsed.success) good.push(parsed.data);
      else bad.push(token);
    }
    const known = new Set(value.map((v) => v.toLowerCase()));
    const added = good.filter((g) => !known.has(g.toLowerCase()) && known.add(g.toLowerCase()));
    if (added.length) onChange([...value, ...added]);
    setText(bad.join(", "));
    setInvalid(bad.length ? `“${bad.join("”, “")}” is not a valid email address.` : null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === "," || event.key === ";") {
      event.preventDefault();
      commit(text);
    } else if (event.key === "Backspace" && text === "" && value.length) {
      onChange(value.slice(0, -1));
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData("text");
    if (/[,;\s]/.test(pasted.trim())) {
      event.preventDefault();
      commit(`${text} ${pasted}`);
    }
  }

  const message = invalid ?? error;
  return (
    <div className="grid gap-1 sm:grid-cols-[4rem_1fr] sm:items-start">
      <label htmlFor={id} className="pt-2 text-sm font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
      <div>
        <div className={cn(controlBase, "flex min-h-10 flex-wrap items-center gap-1.5 px-2 py-1.5 focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-500/30", message && "border-red-500")}>
          {value.length ? (
            <ul aria-label={`${label} recipients`} className="contents">
              {value.map((address) => (
                <li key={address} className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-2.5 pr-1 text-sm text-brand-800 dark:bg-brand-900/40 dark:text-brand-100">
                  <span>{address}</span>
                  <button
                    type="button"
                    onClick={() => onChange(value.filter((v) => v !== address))}
                    aria-label={`Remove ${address} from ${label}`}
                    className="rounded-full px-1.5 leading-none text-brand-700 hover:bg-brand-100 dark:text-brand-100 dark:hover:bg-brand-800"
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <input
            id={id}
            type="text"
            inputMode="email"
            autoComplete="off"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setInvalid(null);
            }}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
            onBlur={() => commit(text)}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? `${id}-error` : undefined}
            className="min-w-[12rem] flex-1 border-0 bg-transparent p-1 text-sm text-slate-900 outline-none focus:ring-0 dark:text-slate-100"
          />
        </div>
        {message ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
            {message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
