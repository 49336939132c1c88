"use client";

/**
 * One meeting or webinar, as its host needs it: when (their time and the item's), how to join, the
 * settings that matter, the occurrences of a series, and every action — start (with a link fetched
 * at click time), copy the invitation, edit, save as template, delete. The meeting and webinar
 * pages load the item and say what differs (settings facts, delete dialog, wording) through props.
 */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type ComponentProps, type ComponentType, type ReactNode } from "react";
import { DetailCard, Facts } from "@/components/scheduled/detail-parts";
import { EditScopeDialog } from "@/components/scheduled/edit-scope-dialog";
import { formatMeetingId, scheduleKind, scheduleKindLabel } from "@/components/scheduled/format";
import { invitationText } from "@/components/scheduled/invitation";
import type { DeleteTarget } from "@/components/scheduled/scheduled-delete-dialog";
import { JoinCard } from "@/components/scheduled/join-card";
import { OccurrenceList } from "@/components/scheduled/occurrence-list";
import { StartButton } from "@/components/scheduled/start-button";
import { WhenFacts } from "@/components/scheduled/when-facts";
import { SaveAsTemplateDialog } from "@/components/templates/save-as-template-dialog";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { ActionsMenu } from "@/components/ui/menu";
import type { MeetingDetail } from "@/lib/zoom/meetings";
import type { ZoomOccurrence } from "@/lib/zoom/types/meeting";
import type { WebinarDetail } from "@/lib/zoom/webinars";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

/** How a meeting page and a webinar page word and route the same layout. */
export interface ScheduledDetailKind {
  noun: ScheduledKind;
  /** `/meetings` or `/webinars`: the back link, edit and sub-pages hang off it. */
  basePath: string;
  backLabel: string;
  startLabel: string;
  agendaTitle: string;
  settingsTitle: string;
  /** Under the registrants / recordings links; webinars show none. */
  registrantsNote?: (item: MeetingDetail | WebinarDetail) => string;
  recordingsNote?: string;
}

export function ScheduledDetail({
  kind: k,
  id,
  item,
  hostName,
  hostedByViewer,
  viewerName,
  live = false,
  occurrences,
  occurrencesActions,
  settings,
  fetchStartLink,
  saveTemplate,
  DeleteDialog,
}: {
  kind: ScheduledDetailKind;
  id: string;
  item: MeetingDetail | WebinarDetail;
  hostName: string;
  hostedByViewer: boolean;
  viewerName: string;
  live?: boolean;
  /** The series' occurrences as shown (meetings can include past ones). */
  occurrences: ZoomOccurrence[];
  occurrencesActions?: ReactNode;
  settings: [string, ReactNode][];
  fetchStartLink: () => Promise<string | null>;
  saveTemplate: ComponentProps<typeof SaveAsTemplateDialog>["mutation"];
  DeleteDialog: ComponentType<{ target: DeleteTarget | null; onClose: () => void; onDeleted?: () => void }>;
}) {
  const router = useRouter();
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const scheduled = scheduleKind(item.type);
  const recurring = scheduled === "recurring";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <Link href={k.basePath} className="text-sm text-slate-500 hover:text-slate-800 dark:text-slate-400 dark:hover:text-white">
            {k.backLabel}
          </Link>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">{item.topic}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            {live ? <Badge tone="live">Live</Badge> : null}
            <Badge tone={recurring ? "brand" : "neutral"}>{scheduleKindLabel[scheduled]}</Badge>
            <span>
              ID <span className="font-mono">{formatMeetingId(item.id)}</span>
            </span>
            <span aria-hidden="true" className="max-sm:hidden">
              ·
            </span>
            {/* Phones: the host gets its own line instead of a dangling separator. */}
            <span className="max-sm:basis-full">Hosted by {hostedByViewer ? `${viewerName} (you)` : hostName}</span>
          </div>
        </div>
        {/* Phones: Start fills the first line (after the live panel's, when live); the secondary actions share the last. */}
        <div className="flex flex-wrap items-center gap-2 max-sm:grid max-sm:w-full max-sm:grid-cols-[1fr_1fr_auto] max-sm:[&>:first-child]:col-span-3 max-sm:[&>[data-full]+*]:col-span-3">
          {live ? (
            <Link href={`${k.basePath}/${id}/live`} data-full="" className={buttonClass("primary")}>
              Open live panel
            </Link>
          ) : null}
          <StartButton fetchLink={fetchStartLink} label={k.startLabel} />
          <CopyButton label="Copy invitation" copiedLabel="Invitation copied" getText={() => invitationText(item, hostName, k.noun)} />
          {recurring ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit
            </Button>
          ) : (
            <Link href={`${k.basePath}/${id}/edit`} className={buttonClass("secondary")}>
              Edit
            </Link>
          )}
          <ActionsMenu
            outlined
            label="More actions"
            items={[
              { label: "Save as template…", onSelect: () => setSaving(true) },
              { label: recurring ? "Delete the series…" : "Delete…", danger: true, onSelect: () => setDeleting({ id: item.id, topic: item.topic, recurring }) },
            ]}
          />
        </div>
      </div>

      {/* minmax(0, 1fr) columns and min-w-0: a long join link or time zone must truncate or wrap, not widen the page. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <DetailCard title="When">
            <WhenFacts item={item} noun={k.noun} />
          </DetailCard>
          {recurring ? (
            <DetailCard title="Occurrences" actions={occurrencesActions}>
              <OccurrenceList
                occurrences={occurrences}
                meetingZone={item.timezone}
                seriesDuration={item.duration}
                editHref={(occurrenceId) => `${k.basePath}/${id}/edit?occurrence=${occurrenceId}`}
                onDelete={(o) => setDeleting({ id: item.id, topic: item.topic, recurring, occurrence: o })}
              />
            </DetailCard>
          ) : null}
          {item.agenda ? (
            <DetailCard title={k.agendaTitle}>
              <p className="whitespace-pre-wrap text-sm text-slate-700 dark:text-slate-300">{item.agenda}</p>
            </DetailCard>
          ) : null}
          <DetailCard title={k.settingsTitle}>
            <Facts items={settings} />
          </DetailCard>
        </div>
        <div className="min-w-0 space-y-6">
          <JoinCard item={item} noun={k.noun} />
          <DetailCard title="Registrants and recordings">
            <ul className="space-y-2 text-sm">
              <li>
                <Link href={`${k.basePath}/${id}/registrants`} prefetch={false} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                  Registrants
                </Link>
                {k.registrantsNote ? <span className="block text-slate-500 dark:text-slate-400">{k.registrantsNote(item)}</span> : null}
              </li>
              <li>
                <Link href={`${k.basePath}/${id}/recordings`} prefetch={false} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                  Recordings
                </Link>
                {k.recordingsNote ? <span className="block text-slate-500 dark:text-slate-400">{k.recordingsNote}</span> : null}
              </li>
            </ul>
          </DetailCard>
        </div>
      </div>

      <DeleteDialog target={deleting} onClose={() => setDeleting(null)} onDeleted={() => (deleting?.occurrence ? undefined : router.push(k.basePath))} />
      {recurring ? <EditScopeDialog open={editing} onClose={() => setEditing(false)} editPath={`${k.basePath}/${id}/edit`} occurrences={item.occurrences ?? []} noun={k.noun} /> : null}
      {saving ? <SaveAsTemplateDialog open onClose={() => setSaving(false)} topic={item.topic} recurring={recurring} noun={k.noun} mutation={saveTemplate} /> : null}
    </div>
  );
}
