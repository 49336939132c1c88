"use client";

/** One webinar: when, how to join, webinar settings, occurrences, and every action (start link fetched at click time). */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { approvalLabel, DetailCard, Facts, onOff, recordingLabel } from "@/components/meetings/detail-parts";
import { EditScopeDialog } from "@/components/meetings/edit-scope-dialog";
import { formatMeetingId, scheduleKind, scheduleKindLabel } from "@/components/meetings/format";
import { useHostNames } from "@/components/meetings/host-picker";
import { invitationText } from "@/components/meetings/invitation";
import { JoinCard } from "@/components/meetings/join-card";
import { ListError } from "@/components/meetings/list-footer";
import type { DeleteTarget } from "@/components/meetings/meeting-delete-dialog";
import { OccurrenceList } from "@/components/meetings/occurrence-list";
import { StartButton } from "@/components/meetings/start-button";
import { WhenFacts } from "@/components/meetings/when-facts";
import { SaveAsTemplateDialog } from "@/components/templates/save-as-template-dialog";
import { WebinarDeleteDialog } from "@/components/webinars/webinar-delete-dialog";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { ActionsMenu } from "@/components/ui/menu";
import { SkeletonRows } from "@/components/ui/skeleton";
import { fetchWebinarStartLink, useSaveWebinarAsTemplate, webinarQueries } from "@/lib/queries/webinars";

export function WebinarDetail({ webinarId, isAdmin, viewerZoomUserId, viewerName }: { webinarId: string; isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const router = useRouter();
  const webinar = useQuery(webinarQueries.detail(webinarId));
  const names = useHostNames(isAdmin);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const saveTemplate = useSaveWebinarAsTemplate(webinarId);
  if (webinar.isPending) return <SkeletonRows rows={8} label="Loading the webinar" />;
  if (webinar.isError) return <ListError error={webinar.error} onRetry={() => void webinar.refetch()} what="this webinar" />;
  const w = webinar.data;
  const kind = scheduleKind(w.type);
  const recurring = kind === "recurring";
  const mine = w.host_id === viewerZoomUserId;
  const hostName = mine ? viewerName : (names.get(w.host_id) ?? w.host_email ?? "the host");
  const s = w.settings ?? {};
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <Link href="/webinars" className="text-sm text-slate-500 hover:text-slate-800 dark:text-slate-400 dark:hover:text-white">
            ← Webinars
          </Link>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">{w.topic}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            <Badge tone={recurring ? "brand" : "neutral"}>{scheduleKindLabel[kind]}</Badge>
            <span>
              ID <span className="font-mono">{formatMeetingId(w.id)}</span>
            </span>
            <span aria-hidden="true">·</span>
            <span>Hosted by {mine ? `${viewerName} (you)` : hostName}</span>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <StartButton fetchLink={() => fetchWebinarStartLink(webinarId)} label="Start webinar" />
          <CopyButton label="Copy invitation" copiedLabel="Invitation copied" getText={() => invitationText(w, hostName, "webinar")} />
          {recurring ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit
            </Button>
          ) : (
            <Link href={`/webinars/${webinarId}/edit`} className={buttonClass("secondary")}>
              Edit
            </Link>
          )}
          <ActionsMenu
            label="More actions"
            items={[
              { label: "Save as template…", onSelect: () => setSaving(true) },
              { label: recurring ? "Delete the series…" : "Delete…", danger: true, onSelect: () => setDeleting({ id: w.id, topic: w.topic, recurring }) },
            ]}
          />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <DetailCard title="When">
            <WhenFacts item={w} />
          </DetailCard>
          {recurring ? (
            <DetailCard title="Occurrences">
              <OccurrenceList
                occurrences={w.occurrences ?? []}
                seriesDuration={w.duration}
                editHref={(id) => `/webinars/${webinarId}/edit?occurrence=${id}`}
                onDelete={(o) => setDeleting({ id: w.id, topic: w.topic, recurring, occurrence: o })}
              />
            </DetailCard>
          ) : null}
          {w.agenda ? (
            <DetailCard title="Description">
              <p className="whitespace-pre-wrap text-sm text-slate-700 dark:text-slate-300">{w.agenda}</p>
            </DetailCard>
          ) : null}
          <DetailCard title="Webinar settings">
            <Facts
              items={[
                ["Registration", approvalLabel(s.approval_type)],
                ["Registration limit", s.registrants_restrict_number ? s.registrants_restrict_number.toLocaleString("en-US") : "None"],
                ["Practice session", onOff(s.practice_session)],
                ["Panelist video", onOff(s.panelists_video)],
                ["Host video", onOff(s.host_video)],
                ["HD video", onOff(s.hd_video)],
                ["Q&A", onOff(s.question_and_answer?.enable)],
                ["On-demand", onOff(s.on_demand)],
                ["Automatic recording", recordingLabel(s.auto_recording)],
                ["Alternative hosts", s.alternative_hosts ? s.alternative_hosts.split(/[;,]/).join(", ") : "None"],
              ]}
            />
          </DetailCard>
        </div>
        <div className="space-y-6">
          <JoinCard item={w} noun="webinar" />
          <DetailCard title="Registrants and recordings">
            <ul className="space-y-2 text-sm">
              <li>
                <Link href={`/webinars/${webinarId}/registrants`} prefetch={false} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                  Registrants
                </Link>
              </li>
              <li>
                <Link href={`/webinars/${webinarId}/recordings`} prefetch={false} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                  Recordings
                </Link>
              </li>
            </ul>
          </DetailCard>
        </div>
      </div>
      <WebinarDeleteDialog target={deleting} onClose={() => setDeleting(null)} onDeleted={() => (deleting?.occurrence ? undefined : router.push("/webinars"))} />
      {recurring ? <EditScopeDialog open={editing} onClose={() => setEditing(false)} editPath={`/webinars/${webinarId}/edit`} occurrences={w.occurrences ?? []} noun="webinar" /> : null}
      {saving ? <SaveAsTemplateDialog open onClose={() => setSaving(false)} topic={w.topic} recurring={recurring} noun="webinar" mutation={saveTemplate} /> : null}
    </div>
  );
}
