"use client";

/**
 * One meeting (layout and actions: components/scheduled/scheduled-detail.tsx). Meeting-only: the
 * live badge, past occurrences on demand, and meeting settings.
 */
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { approvalLabel, onOff, recordingLabel } from "@/components/scheduled/detail-parts";
import { MeetingDeleteDialog } from "@/components/meetings/meeting-delete-dialog";
import { useHostNames } from "@/components/scheduled/host-picker";
import { failureReplacesPage, ItemLoadError } from "@/components/scheduled/item-load-error";
import { ScheduledDetail, type ScheduledDetailKind } from "@/components/scheduled/scheduled-detail";
import { SkeletonRows } from "@/components/ui/skeleton";
import { fetchMeetingStartLink, meetingQueries, useSaveMeetingAsTemplate } from "@/lib/queries/meetings";

const MEETING_DETAIL: ScheduledDetailKind = {
  noun: "meeting",
  basePath: "/meetings",
  backLabel: "← Meetings",
  startLabel: "Start meeting",
  agendaTitle: "Agenda",
  settingsTitle: "Settings",
  registrantsNote: (m) => (m.settings?.approval_type === 2 ? "Registration is off for this meeting." : "Who signed up, and approvals."),
  recordingsNote: "Cloud recordings of past occurrences.",
};

export function MeetingDetail({ meetingId, isAdmin, viewerZoomUserId, viewerName }: { meetingId: string; isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const [showPast, setShowPast] = useState(false);
  const meeting = useQuery(meetingQueries.detail(meetingId));
  const withPast = useQuery({ ...meetingQueries.detailWithPast(meetingId), enabled: showPast });
  const names = useHostNames(isAdmin);
  const saveTemplate = useSaveMeetingAsTemplate(meetingId);

  if (meeting.isPending) return <SkeletonRows rows={8} label="Loading the meeting" />;
  if (meeting.isError && failureReplacesPage(meeting.error, meeting.data)) return <ItemLoadError error={meeting.error} onRetry={() => void meeting.refetch()} noun="meeting" basePath="/meetings" />;
  // Defined: a failed refetch that did not replace the page kept the last answer.
  const m = meeting.data!;
  const mine = m.host_id === viewerZoomUserId;
  const hostName = mine ? viewerName : (names.get(m.host_id) ?? m.host_email ?? "the host");
  const s = m.settings;

  return (
    <ScheduledDetail
      kind={MEETING_DETAIL}
      id={meetingId}
      item={m}
      hostName={hostName}
      hostedByViewer={mine}
      viewerName={viewerName}
      live={m.status === "started"}
      occurrences={(showPast && withPast.data?.occurrences) || m.occurrences || []}
      occurrencesActions={
        <label className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <input type="checkbox" className="accent-brand-600" checked={showPast} onChange={(event) => setShowPast(event.target.checked)} />
          Show past occurrences
        </label>
      }
      settings={[
        ["Waiting room", onOff(s?.waiting_room)],
        ["Join before host", s?.join_before_host ? (s.jbh_time ? `Up to ${s.jbh_time} min early` : "Any time") : "Off"],
        ["Mute on entry", onOff(s?.mute_upon_entry)],
        ["Host video", onOff(s?.host_video)],
        ["Participant video", onOff(s?.participant_video)],
        ["Automatic recording", recordingLabel(s?.auto_recording)],
        ["Registration", approvalLabel(s?.approval_type)],
        ["Alternative hosts", s?.alternative_hosts ? s.alternative_hosts.split(/[;,]/).join(", ") : "None"],
      ]}
      fetchStartLink={() => fetchMeetingStartLink(meetingId)}
      saveTemplate={saveTemplate}
      DeleteDialog={MeetingDeleteDialog}
    />
  );
}
