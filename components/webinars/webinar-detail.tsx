"use client";

/** One webinar (layout and actions: components/scheduled/scheduled-detail.tsx) with webinar settings. */
import { useQuery } from "@tanstack/react-query";
import { approvalLabel, onOff, recordingLabel } from "@/components/scheduled/detail-parts";
import { useHostNames } from "@/components/scheduled/host-picker";
import { failureReplacesPage, ItemLoadError } from "@/components/scheduled/item-load-error";
import { ScheduledDetail, type ScheduledDetailKind } from "@/components/scheduled/scheduled-detail";
import { WebinarDeleteDialog } from "@/components/webinars/webinar-delete-dialog";
import { SkeletonRows } from "@/components/ui/skeleton";
import { fetchWebinarStartLink, useSaveWebinarAsTemplate, webinarQueries } from "@/lib/queries/webinars";

const WEBINAR_DETAIL: ScheduledDetailKind = {
  noun: "webinar",
  basePath: "/webinars",
  backLabel: "← Webinars",
  startLabel: "Start webinar",
  agendaTitle: "Description",
  settingsTitle: "Webinar settings",
};

export function WebinarDetail({ webinarId, isAdmin, viewerZoomUserId, viewerName }: { webinarId: string; isAdmin: boolean; viewerZoomUserId: string; viewerName: string }) {
  const webinar = useQuery(webinarQueries.detail(webinarId));
  const names = useHostNames(isAdmin);
  const saveTemplate = useSaveWebinarAsTemplate(webinarId);
  if (webinar.isPending) return <SkeletonRows rows={8} label="Loading the webinar" />;
  if (webinar.isError && failureReplacesPage(webinar.error, webinar.data)) return <ItemLoadError error={webinar.error} onRetry={() => void webinar.refetch()} noun="webinar" basePath="/webinars" />;
  // Defined: a failed refetch that did not replace the page kept the last answer.
  const w = webinar.data!;
  const mine = w.host_id === viewerZoomUserId;
  const hostName = mine ? viewerName : (names.get(w.host_id) ?? w.host_email ?? "the host");
  const s = w.settings ?? {};
  return (
    <ScheduledDetail
      kind={WEBINAR_DETAIL}
      id={webinarId}
      item={w}
      hostName={hostName}
      hostedByViewer={mine}
      viewerName={viewerName}
      occurrences={w.occurrences ?? []}
      settings={[
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
      fetchStartLink={() => fetchWebinarStartLink(webinarId)}
      saveTemplate={saveTemplate}
      DeleteDialog={WebinarDeleteDialog}
    />
  );
}
