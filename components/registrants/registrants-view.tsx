"use client";

/**
 * A meeting's or webinar's registrants tab: who registered, by status (Pending / Approved /
 * Denied, with counts), every page of them at once, searchable and sortable in the browser; adding
 * one, editing the registration questions, importing and exporting CSV, and approving, denying or
 * cancelling a selection as a background job. Tab, search, sort and occurrence live in the URL.
 */
import { ParentJobs } from "@/components/jobs/parent-jobs";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { RegistrantsHeader } from "@/components/registrants/registrants-header";
import { RegistrantsPanel } from "@/components/registrants/registrants-panel";
import { OccurrencePicker } from "@/components/registrants/occurrence-picker";
import { STATUS_LABELS, useStatusChange } from "@/components/registrants/status-actions";
import { useRegistrantsUrl } from "@/components/registrants/use-registrants-url";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ItemLoadError } from "@/components/scheduled/item-load-error";
import { Skeleton, SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { registrantQueries } from "@/lib/queries/registrants";
import { REGISTRANT_STATUSES } from "@/lib/schemas/registrant";
import type { ScheduledRef } from "@/lib/schemas/scheduled";

export function RegistrantsView({ parent }: { parent: ScheduledRef }) {
  const url = useRegistrantsUrl();
  const summary = useQuery({ ...registrantQueries.summary(parent, url.occurrenceId), placeholderData: keepPreviousData });
  const change = useStatusChange(parent, url.occurrenceId);
  const noun = parent.kind;
  const back = (
    <Link href={`/${noun}s/${encodeURIComponent(parent.id)}`} className="text-sm text-slate-500 hover:text-slate-800 dark:text-slate-400 dark:hover:text-white">
      ← Back to the {noun}
    </Link>
  );

  if (summary.isPending) {
    return (
      <div className="space-y-6">
        {back}
        <h1 className="sr-only">Registrants</h1>
        <Skeleton className="h-8 w-80" />
        <SkeletonRows label="Loading registrants" />
      </div>
    );
  }
  if (summary.isError && !summary.data) {
    return (
      <div className="space-y-4">
        {back}
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">Registrants</h1>
        <ItemLoadError error={summary.error} onRetry={() => void summary.refetch()} noun={noun} basePath={`/${noun}s`} />
      </div>
    );
  }

  const data = summary.data;
  const perOccurrence = data.parent.recurring && (data.parent.registrationType === 2 || data.parent.registrationType === 3);
  return (
    <div className="space-y-6">
      <RegistrantsHeader parent={parent} summary={data} back={back} />
      {!data.enabled ? (
        <EmptyState
          title={`Registration is off for this ${noun}`}
          action={
            <Link href={`/${noun}s/${encodeURIComponent(parent.id)}/edit`} className={buttonClass("primary")}>
              Edit the {noun}
            </Link>
          }
        >
          People join this {noun} without registering, so there is nobody to list. To take registrations, edit the {noun} and set <strong>Registration</strong> to{" "}
          <strong>Required</strong> (approved automatically, or by you). Its registrants then appear here.
        </EmptyState>
      ) : (
        <>
          {/* A job started here shows its own progress; otherwise the parent's running and recent jobs (from any tab or person). */}
          {change.progress ?? <ParentJobs parent={parent} />}
          {perOccurrence ? <OccurrencePicker occurrences={data.parent.occurrences} value={url.occurrenceId} onChange={url.setOccurrenceId} timeZone={data.parent.timezone} /> : null}
          <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
            <div className="px-4 pt-2">
              <Tabs
                label="Registrants by status"
                idBase="registrants"
                items={REGISTRANT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status], count: data.counts[status] }))}
                value={url.status}
                onChange={url.setStatus}
              />
            </div>
            <TabPanel idBase="registrants" value={url.status}>
              {/* Keyed: a new tab or occurrence starts with an empty selection and the first page. */}
              <RegistrantsPanel key={`${url.status}:${url.occurrenceId ?? "all"}`} parent={parent} summary={data} url={url} change={change} />
            </TabPanel>
          </div>
        </>
      )}
      {change.dialog}
    </div>
  );
}
