"use client";

/**
 * One meeting, as its host needs it: when (their time and the meeting's), how to join, the
 * settings that matter, the occurrences of a series, and every action — start (with a link
 * fetched at click time), copy the invitation, edit, save as template, delete.
 */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { approvalLabel, DetailCard, Facts, onOff, recordingLabel } from "@/components/meetings/detail-parts";
import { EditScopeDialog } from "@/components/meetings/edit-scope-dialog";
import { formatMeetingId, scheduleKind, scheduleKindLabel } from "@/components/meetings/format";
import { invitationText } from "@/components/meetings/invitation";
import { ListError } from "@/components/meetings/list-footer";
import { MeetingDeleteDialog, type DeleteTarget } from "@/components/meetings/meeting-delete-dialog";
import { useHostNames } from "@/components/meetings/host-picker";
import { JoinCard } from "@/components/meetings/join-card";
import { OccurrenceList } from "@/components/meetings/occurrence-list";
import { StartButton } from "@/components/meetings/start-button";
import { WhenFacts } from "@/components/meetings/when-facts";
import { SaveAsTemplateDialog } from "@/components/templates/save-as-template-dialog";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { ActionsMenu } from "@/components/ui/menu";
import { SkeletonRows } from "@/components/ui/skeleton";
import { fetchMeetingStartLink, meetingQueries, useSaveMeetingAsTemplate } from "@/lib/queries/meetings";

export function MeetingDetail({ meetingId, isAdmin, viewerZoomUserId, viewerName }: { meetingId: string; isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const router = useRouter();
  const [showPast, setShowPast] = useState(false);
  const meeting = useQuery(meetingQueries.detail(meetingId));
  const withPast = useQuery({ ...meetingQueries.detailWithPast(meetingId), enabled: showPast });
  const names = useHostNames(isAdmin);
  const [deleting, setDeleting] = useState<DeleteTarget | null>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const saveTemplate = useSaveMeetingAsTemplate(meetingId);

  if (meeting.isPending) return <SkeletonRows rows={8} label="Loading the meeting" />;
  if (meeting.isError) return <ListError error={meeting.error} onRetry={() => void meeting.refetch()} what="this meeting" />;
  const m = meeting.data;
  const kind = scheduleKind(m.type);
  const recurring = kind === "recurring";
  const hostName = m.host_id === viewerZoomUserId ? viewerName : (names.get(m.host_id) ?? m.host_email ?? "the host");
  const occurrences = (showPast && withPast.data?.occurrences) || m.occurrences || [];

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <Link href="/meetings" className="text-sm text-slate-500 hover:text-slate-800 dark:text-slate-400 dark:hover:text-white">
            ← Meetings
          </Link>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">{m.topic}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
            {m.status === "started" ? <Badge tone="live">Live</Badge> : null}
            <Badge tone={recurring ? "brand" : "neutral"}>{scheduleKindLabel[kind]}</Badge>
            <span>
              ID <span className="font-mono">{formatMeetingId(m.id)}</span>
            </span>
            <span aria-hidden="true">·</span>
            <span>Hosted by {m.host_id === viewerZoomUserId ? `${viewerName} (you)` : hostName}</span>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <StartButton fetchLink={() => fetchMeetingStartLink(meetingId)} />
          <CopyButton label="Copy invitation" copiedLabel="Invitation copied" getText={() => invitationText(m, hostName)} />
          {recurring ? (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit
            </Button>
          ) : (
            <Link href={`/meetings/${meetingId}/edit`} className={buttonClass("secondary")}>
              Edit
            </Link>
          )}
          <ActionsMenu
            label="More actions"
            items={[
              { label: "Save as template…", onSelect: () => setSaving(true) },
              { label: recurring ? "Delete the series…" : "Delete…", danger: true, onSelect: () => setDeleting({ id: m.id, topic: m.topic, recurring }) },
            ]}
          />
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <DetailCard title="When">
            <WhenFacts item={m} />
          </DetailCard>
          {recurring ? (
            <DetailCard
              title="Occurrences"
              actions={
                <label className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
                  <input type="checkbox" className="accent-brand-600" checked={showPast} onChange={(event) => setShowPast(event.target.checked)} />
                  Show past occurrences
                </label>
              }
            >
              <OccurrenceList
                occurrences={occurrences}
                seriesDuration={m.duration}
                editHref={(id) => `/meetings/${meetingId}/edit?occurrence=${id}`}
                onDelete={(o) => setDeleting({ id: m.id, topic: m.topic, recurring, occurrence: o })}
              />
            </DetailCard>
          ) : null}
          {m.agenda ? (
            <DetailCard title="Agenda">
              <p className="whitespace-pre-wrap text-sm text-slate-700 dark:text-slate-300">{m.agenda}</p>
            </DetailCard>
          ) : null}
          <DetailCard title="Settings">
            <Facts
              items={[
                ["Waiting room", onOff(m.settings?.waiting_room)],
                ["Join before host", m.settings?.join_before_host ? (m.settings.jbh_time ? `Up to ${m.settings.jbh_time} min early` : "Any time") : "Off"],
                ["Mute on entry", onOff(m.settings?.mute_upon_entry)],
                ["Host video", onOff(m.settings?.host_video)],
                ["Participant video", onOff(m.settings?.participant_video)],
                ["Automatic recording", recordingLabel(m.settings?.auto_recording)],
                ["Registration", approvalLabel(m.settings?.approval_type)],
                ["Alternative hosts", m.settings?.alternative_hosts ? m.settings.alternative_hosts.split(/[;,]/).join(", ") : "None"],
              ]}
            />
          </DetailCard>
        </div>
        <div className="space-y-6">
          <JoinCard item={m} noun="meeting" />
          <DetailCard title="Registrants and recordings">
            <ul className="space-y-2 text-sm">
              <li>
                <Link href={`/meetings/${meetingId}/registrants`} prefetch={false} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                  Registrants
                </Link>
                <span className="block text-slate-500 dark:text-slate-400">{m.settings?.approval_type === 2 ? "Registration is off for this meeting." : "Who signed up, and approvals."}</span>
              </li>
              <li>
                <Link href={`/meetings/${meetingId}/recordings`} prefetch={false} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                  Recordings
                </Link>
                <span className="block text-slate-500 dark:text-slate-400">Cloud recordings of past occurrences.</span>
              </li>
            </ul>
          </DetailCard>
        </div>
      </div>

      <MeetingDeleteDialog target={deleting} onClose={() => setDeleting(null)} onDeleted={() => (deleting?.occurrence ? undefined : router.push("/meetings"))} />
      {recurring ? <EditScopeDialog open={editing} onClose={() => setEditing(false)} editPath={`/meetings/${meetingId}/edit`} occurrences={m.occurrences ?? []} noun="meeting" /> : null}
      {saving ? <SaveAsTemplateDialog open onClose={() => setSaving(false)} topic={m.topic} recurring={recurring} noun="meeting" mutation={saveTemplate} /> : null}
    </div>
  );
}
