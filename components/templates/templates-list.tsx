"use client";

/**
 * Meeting and webinar templates, with "Schedule from template". Zoom's API lists templates and
 * creates them from a meeting, but cannot show a template's settings, edit or delete it — the
 * page says so rather than offering buttons that cannot work.
 */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { ListError } from "@/components/ui/list-footer";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { templateQueries } from "@/lib/queries/templates";
import type { ScheduledKind } from "@/lib/schemas/scheduled";
import { schedulableTemplate } from "@/lib/schemas/template-rules";

export function TemplatesList() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const kind: ScheduledKind = params.get("kind") === "webinar" ? "webinar" : "meeting";
  const templates = useQuery(templateQueries.list(kind));
  const base = kind === "meeting" ? "/meetings/new" : "/webinars/new";
  const rows = templates.data?.templates ?? [];
  return (
    <div className="space-y-4">
      <div role="note" className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600 shadow-sm dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
        <p className="font-medium text-slate-900 dark:text-white">What Zoom allows here</p>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          <li>
            Schedule from a template: Zoom applies the template&apos;s settings to the new {kind}.
            {kind === "meeting" ? " For meetings, Zoom's API takes only admin templates; personal ones work in the Zoom app." : null}
          </li>
          <li>Save a {kind} as a new template from its page (“More actions” → “Save as template”). Each person can keep up to 40.</li>
          <li>Zoom&apos;s API cannot show what a template contains, or edit or delete one — do that in the Zoom web portal.</li>
        </ul>
      </div>
      <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div className="px-4 pt-2">
          <Tabs
            label="Template kinds"
            idBase="templates"
            items={[
              { value: "meeting", label: "Meeting templates", count: kind === "meeting" ? rows.length : undefined },
              { value: "webinar", label: "Webinar templates", count: kind === "webinar" ? rows.length : undefined },
            ]}
            value={kind}
            onChange={(value) => router.replace(value === "meeting" ? pathname : `${pathname}?kind=${value}`, { scroll: false })}
          />
        </div>
        <TabPanel idBase="templates" value={kind}>
          {templates.isPending ? (
            <SkeletonRows rows={4} label="Loading templates" />
          ) : templates.isError ? (
            <ListError error={templates.error} onRetry={() => void templates.refetch()} what="templates" />
          ) : rows.length === 0 ? (
            <p className="px-4 py-12 text-center text-sm text-slate-500 dark:text-slate-400">No {kind} templates yet. Save one from a {kind}&apos;s page.</p>
          ) : (
            <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
              <caption className="sr-only">{kind === "meeting" ? "Meeting" : "Webinar"} templates</caption>
              <thead className="bg-slate-50/80 dark:bg-slate-900/60">
                <tr>
                  <th scope="col" className="px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                    Name
                  </th>
                  <th scope="col" className="px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                    Kind
                  </th>
                  <th scope="col" className="px-4 py-2.5 text-right text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800/70">
                {rows.map((template) => (
                  <tr key={template.id} className="hover:bg-slate-50 dark:hover:bg-slate-800/40">
                    <td className="px-4 py-3 font-medium text-slate-900 dark:text-white">{template.name}</td>
                    <td className="px-4 py-3">
                      <Badge tone={template.type === 2 ? "brand" : "neutral"}>{template.type === 2 ? "Admin template" : "Personal"}</Badge>
                    </td>
                    <td className="px-4 py-3 text-right">
                      {schedulableTemplate(kind, template) ? (
                        <Link prefetch={false} href={`${base}?template=${encodeURIComponent(template.id)}&templateName=${encodeURIComponent(template.name)}`} className={buttonClass("secondary", "py-1.5")}>
                          Schedule from template<span className="sr-only">: {template.name}</span>
                        </Link>
                      ) : (
                        <span className="text-xs text-slate-500 dark:text-slate-400">Use it in the Zoom app: Zoom&apos;s API schedules meetings only from admin templates</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </TabPanel>
      </div>
    </div>
  );
}
