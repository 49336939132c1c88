"use client";

/**
 * One meeting instance's cloud recording: what and when, the share link, the player, the files,
 * and the transcript and chat beside the player (each loaded on demand, with its parser).
 */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { lazy, Suspense, useRef, useState, type ReactNode } from "react";
import { RecordingActions } from "@/components/recordings/recording-actions";
import { RecordingStatusBadge } from "@/components/recordings/recording-columns";
import { RecordingFiles } from "@/components/recordings/recording-files";
import { playableFiles, RecordingPlayer } from "@/components/recordings/recording-player";
import { ShareCard } from "@/components/recordings/share-card";
import { formatMeetingId } from "@/components/scheduled/format";
import { useHostNames } from "@/components/scheduled/host-picker";
import { DetailCard } from "@/components/scheduled/detail-parts";
import { EmptyState } from "@/components/ui/empty-state";
import { ListError } from "@/components/ui/list-footer";
import { SkeletonRows } from "@/components/ui/skeleton";
import { TabPanel, Tabs } from "@/components/ui/tabs";
import { formatDateTime, formatDuration, useViewerTimeZone } from "@/components/ui/time";
import { ApiClientError } from "@/lib/queries/http";
import { recordingQueries } from "@/lib/queries/recordings";
import { formatBytes } from "@/components/recordings/list";

const TranscriptPanel = lazy(() => import("@/components/recordings/transcript-panel").then((module) => ({ default: module.TranscriptPanel })));
const ChatPanel = lazy(() => import("@/components/recordings/chat-panel").then((module) => ({ default: module.ChatPanel })));

type Side = "transcript" | "chat";

export function RecordingDetail({
  recordingId,
  isAdmin,
  viewerZoomUserId,
  viewerName,
  empty,
  back = { href: "/recordings", label: "Recordings" },
}: {
  recordingId: string;
  isAdmin: boolean;
  viewerZoomUserId: string;
  viewerName: string;
  /** What a 404 shows (a meeting's page: "no recording yet"). */
  empty?: ReactNode;
  back?: { href: string; label: string };
}) {
  const detail = useQuery(recordingQueries.detail(recordingId));
  const zone = useViewerTimeZone();
  const names = useHostNames(isAdmin);
  const player = useRef<HTMLMediaElement | null>(null);
  const [mediaKey, setMediaKey] = useState<string | null>(null);
  const [side, setSide] = useState<Side | null>(null);
  const seek = (seconds: number) => {
    const media = player.current;
    if (!media) return;
    media.currentTime = seconds;
    // A browser may refuse to play before the person has interacted; the seek still lands.
    void media.play().catch(() => undefined);
  };

  if (detail.isPending) return <SkeletonRows label="Loading the recording" />;
  if (detail.isError) {
    if (detail.error instanceof ApiClientError && detail.error.status === 404)
      return (
        empty ?? (
          <EmptyState title="This recording was deleted or does not exist" action={<Link href="/recordings" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">Back to recordings</Link>}>
            Zoom has no recording with this ID. It may be in the trash, deleted for good, or never have existed.
          </EmptyState>
        )
      );
    if (detail.error instanceof ApiClientError && detail.error.status === 403)
      return (
        <EmptyState title="You cannot open this recording" action={<Link href="/recordings" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">Back to your recordings</Link>}>
          {detail.error.message}
        </EmptyState>
      );
    return <ListError error={detail.error} onRetry={() => void detail.refetch()} what="this recording" />;
  }

  const rec = detail.data;
  const media = playableFiles(rec.files);
  const current = media.find((f) => f.key === mediaKey) ?? media[0];
  const transcript = rec.files.find((f) => f.type === "TRANSCRIPT") ?? rec.files.find((f) => f.type === "CC");
  const chat = rec.files.find((f) => f.type === "CHAT");
  const sides = [transcript ? { value: "transcript" as const, label: "Transcript" } : null, chat ? { value: "chat" as const, label: "Chat" } : null].filter((s) => s !== null);
  const shown = sides.find((s) => s.value === side)?.value ?? sides[0]?.value;
  const host = rec.hostId === viewerZoomUserId ? `${viewerName} (you)` : (names.get(rec.hostId) ?? rec.hostId);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <nav aria-label="Breadcrumb" className="mb-1 text-sm text-slate-500 dark:text-slate-400">
            <Link href={back.href} className="hover:text-brand-700 hover:underline dark:hover:text-brand-100">
              {back.label}
            </Link>
          </nav>
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
            <span className="break-words">{rec.topic}</span>
            <RecordingStatusBadge status={rec.status} />
          </h1>
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
            <span>{zone ? formatDateTime(rec.startTime, zone) : rec.startTime.slice(0, 10)}</span>
            <span aria-hidden="true">·</span>
            <span>{formatDuration(rec.duration)}</span>
            <span aria-hidden="true">·</span>
            <span>Hosted by {host}</span>
            <span aria-hidden="true">·</span>
            <span className="font-mono">{formatMeetingId(rec.meetingId)}</span>
            <span aria-hidden="true">·</span>
            <span>{formatBytes(rec.totalSize)}</span>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <RecordingActions uuid={rec.uuid} topic={rec.topic} listHref="/recordings" />
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="space-y-6 lg:col-span-3">
          {current ? (
            <section aria-label="Player" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
              <RecordingPlayer files={media} current={current} onChoose={setMediaKey} player={player} topic={rec.topic} />
            </section>
          ) : (
            <EmptyState title="Nothing to play">This recording has no video or audio file that is ready.</EmptyState>
          )}
          <ShareCard shareUrl={rec.shareUrl} passcode={rec.passcode} />
        </div>
        <section aria-label="Transcript and chat" className="flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm lg:col-span-2 dark:border-slate-800 dark:bg-slate-900">
          {shown ? (
            <>
              <div className="px-4 pt-2">
                <Tabs label="Transcript and chat" idBase="recording-side" items={sides} value={shown} onChange={setSide} />
              </div>
              <TabPanel idBase="recording-side" value={shown} className="flex-1">
                <Suspense fallback={<SkeletonRows rows={4} label={`Loading the ${shown}`} />}>
                  {shown === "transcript" && transcript ? <TranscriptPanel uuid={rec.uuid} file={transcript} player={player} onSeek={seek} /> : null}
                  {shown === "chat" && chat ? <ChatPanel uuid={rec.uuid} file={chat} topic={rec.topic} /> : null}
                </Suspense>
              </TabPanel>
            </>
          ) : (
            <p className="p-6 text-sm text-slate-600 dark:text-slate-400">This recording has no transcript and no chat file.</p>
          )}
        </section>
      </div>

      <DetailCard title={`Files (${rec.files.length})`}>
        <div className="-mx-5 -my-4">
          <RecordingFiles uuid={rec.uuid} files={rec.files} />
        </div>
      </DetailCard>
    </div>
  );
}
