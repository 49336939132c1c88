import type { ReactNode } from "react";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

/**
 * What scheduling from a template does, said honestly: Zoom's template list gives only id, name and
 * type, and no endpoint returns a template's settings, so the form cannot show them. It shows its
 * own settings instead and sends only the ones the person changes.
 */
export function TemplateNotice({ noun, name, overrides }: { noun: ScheduledKind; name: string; overrides: ReactNode }) {
  return (
    <div
      role="note"
      aria-label="What Zoom applies"
      className="space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-brand-800 dark:border-brand-600/30 dark:bg-brand-600/10 dark:text-brand-100"
    >
      <p>
        Zoom applies {name ? <>the settings of “{name}”</> : "this template's settings"} when the {noun} is created; Zoom&apos;s API does not show them. The settings below start from this
        form&apos;s defaults, not the template&apos;s: settings you change here override the template, and the ones you leave alone come from the template.
      </p>
      <p>{overrides}</p>
    </div>
  );
}
