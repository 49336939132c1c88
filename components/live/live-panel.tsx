"use client";

/**
 * A meeting's (or webinar's) live panel: whether it runs now (polled every 5 s while the tab is
 * visible), the in-meeting controls with the reason any is off, and closed captions.
 */
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { CaptionConsole } from "@/components/live/caption-console";
import { CaptionUrlCard } from "@/components/live/caption-url-card";
import { InviteForm } from "@/components/live/invite-form";
import { AiCompanionForm, DialOutForm, WaitingRoomForm } from "@/components/live/more-controls";
import { RecordingControls } from "@/components/live/recording-controls";
import { formatMeetingId } from "@/components/scheduled/format";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { ListError } from "@/components/ui/list-footer";
import { SkeletonRows } from "@/components/ui/skeleton";
import { ApiClientError } from "@/lib/queries/http";
import { liveQueries } from "@/lib/queries/live";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { LiveStatusView } from "@/lib/zoom/types/live";

function LiveBadge({ status }: { status: LiveStatusView }) {
  if (status.live) return <Badge tone="live">Live now</Badge>;
  if (status.live === null) return <Badge tone="neutral">Live status not reported by Zoom</Badge>;
  return <Badge tone="neutral">Not live</Badge>;
}

export function LivePanel({ parent }: { parent: ScheduledRef }) {
  const status = useQuery(liveQueries.status(parent));
  const itemHref = `/${parent.kind}s/${encodeURIComponent(parent.id)}`;
  const noun = parent.kind === "meeting" ? "Meeting" : "Webinar";

  if (status.isPending) return <SkeletonRows label="Loading the live panel" />;
  if (status.isError && !status.data) {
    if (status.error instanceof ApiClientError && (status.error.status === 403 || status.error.status === 404))
      return (
        <EmptyState title={status.error.status === 403 ? `You cannot control this ${parent.kind}` : `This ${parent.kind} was not found`} action={<Link href={`/${parent.kind}s`} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">Back to {parent.kind}s</Link>}>
          {status.error.message}
        </EmptyState>
      );
    return <ListError error={status.error} onRetry={() => void status.refetch()} what="the live status" />;
  }

  const s = status.data;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <nav aria-label="Breadcrumb" className="mb-1 text-sm text-slate-500 dark:text-slate-400">
            <Link href={itemHref} className="hover:text-brand-700 hover:underline dark:hover:text-brand-100">
              {noun}
            </Link>
            <span aria-hidden="true"> / </span>
            <span>Live</span>
          </nav>
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
            <span className="break-words">{s.topic}</span>
            <LiveBadge status={s} />
          </h1>
          <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
            <span className="font-mono">{formatMeetingId(s.id)}</span>
            {s.hostEmail ? (
              <>
                <span aria-hidden="true">·</span>
                <span>Host {s.hostEmail}</span>
              </>
            ) : null}
            <span aria-hidden="true">·</span>
            <span aria-live="polite">{status.isError ? "Could not refresh the status; retrying" : `Checked ${new Date(status.dataUpdatedAt).toLocaleTimeString()}`}</span>
          </p>
        </div>
      </div>

      <div className="grid gap-6 xl:grid-cols-5">
        <div className="space-y-6 xl:col-span-3">
          <CaptionConsole parent={parent} availability={s.controls.captions} />
          <CaptionUrlCard parent={parent} enabled={s.controls.captions.enabled} />
        </div>
        <div className="space-y-6 xl:col-span-2">
          {parent.kind === "meeting" ? (
            <>
              <RecordingControls meetingId={parent.id} availability={s.controls.recording} />
              <InviteForm meetingId={parent.id} availability={s.controls.invite} />
            </>
          ) : (
            <EmptyState title="Captions only for webinars">Zoom&apos;s in-meeting controls (recording, invitations, waiting room) take meetings; a webinar&apos;s are in the Zoom client.</EmptyState>
          )}
        </div>
      </div>
      {parent.kind === "meeting" ? (
        <div className="grid items-start gap-6 lg:grid-cols-3">
          <WaitingRoomForm meetingId={parent.id} controls={s.controls} />
          <DialOutForm meetingId={parent.id} controls={s.controls} />
          <AiCompanionForm meetingId={parent.id} controls={s.controls} />
        </div>
      ) : null}
    </div>
  );
}
