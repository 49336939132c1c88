/**
 * Form controls with their label, hint and error wired together (`aria-describedby`,
 * `aria-invalid`), so screen readers announce the error with the field. They forward refs and
 * props, so react-hook-form's `register()` spreads straight onto them.
 */
import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { cn } from "@/components/ui/cn";

/** The look of a text input/select without its width, for inline controls ("every [2] weeks"). */
export const controlBase =
  "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500 aria-[invalid=true]:border-red-500 aria-[invalid=true]:ring-red-500/20 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-500 dark:disabled:bg-slate-800";

export const controlClass = `block w-full ${controlBase}`;

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  /** Render the label visually hidden (still read by screen readers). */
  hideLabel?: boolean;
  required?: boolean;
}

function useFieldIds(error?: string, hint?: ReactNode) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { id, hintId, errorId, describedBy: [errorId, hintId].filter(Boolean).join(" ") || undefined };
}

function FieldShell({ id, label, hint, hintId, error, errorId, className, hideLabel, required, children }: FieldProps & { id: string; hintId?: string; errorId?: string; children: ReactNode }) {
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className={cn("block text-sm font-medium text-slate-800 dark:text-slate-200", hideLabel && "sr-only")}>
        {label}
        {required ? <span className="text-red-600" aria-hidden="true"> *</span> : null}
      </label>
      {children}
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

export function TextField({ label, hint, error, className, hideLabel, required, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> }) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldShell id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} className={className} hideLabel={hideLabel} required={required}>
      <input id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} aria-required={required || undefined} className={controlClass} {...input} />
    </FieldShell>
  );
}

export function TextAreaField({ label, hint, error, className, hideLabel, required, ...textarea }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: React.Ref<HTMLTextAreaElement> }) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldShell id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} className={className} hideLabel={hideLabel} required={required}>
      <textarea id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} className={cn(controlClass, "min-h-24")} {...textarea} />
    </FieldShell>
  );
}

export function SelectField({ label, hint, error, className, hideLabel, required, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { ref?: React.Ref<HTMLSelectElement> }) {
  const ids = useFieldIds(error, hint);
  return (
    <FieldShell id={ids.id} label={label} hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} className={className} hideLabel={hideLabel} required={required}>
      <select id={ids.id} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} className={cn(controlClass, "pr-8")} {...select}>
        {children}
      </select>
    </FieldShell>
  );
}

/** A checkbox with its label to the right and an optional description below. */
export function CheckboxField({ label, description, error, className, ...input }: { label: ReactNode; description?: ReactNode; error?: string; className?: string } & InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> }) {
  const id = useId();
  const descId = description ? `${id}-desc` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn("flex items-start gap-3", className)}>
      <input
        id={id}
        type="checkbox"
        aria-describedby={[errorId, descId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        className="mt-0.5 h-4 w-4 shrink-0 rounded border-slate-300 text-brand-600 accent-brand-600 focus:ring-brand-500 dark:border-slate-600"
        {...input}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium text-slate-800 dark:text-slate-200">
          {label}
        </label>
        {description ? (
          <p id={descId} className="text-slate-500 dark:text-slate-400">
            {description}
          </p>
        ) : null}
        {error ? (
          <p id={errorId} className="text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A group of related controls (radio buttons, weekday toggles) under one legend. */
export function FieldGroup({ legend, hint, error, children, className }: { legend: ReactNode; hint?: ReactNode; error?: string; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <fieldset className={cn("space-y-2", className)} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      {hint ? <p className="text-xs text-slate-500 dark:text-slate-400">{hint}</p> : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
