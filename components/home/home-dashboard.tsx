"use client";

/**
 * The home page: what is live, what is left today, the rest of the week, and how busy the next
 * four weeks are — for the viewer, or (admins) the whole account. Refreshes every minute.
 */
import { useQuery } from "@tanstack/react-query";
import { DateTime } from "luxon";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { bucketMeetings } from "@/components/home/buckets";
import { MeetingsPerDayChart } from "@/components/home/meetings-per-day-chart";
import { DetailCard } from "@/components/scheduled/detail-parts";
import { ListError } from "@/components/ui/list-footer";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDuration, formatRelative, formatShortDate, formatTime, useNow, useViewerTimeZone } from "@/components/ui/time";
import { homeQueries, type HomeScope } from "@/lib/queries/home";
import type { HomeData, HomeMeeting } from "@/lib/zoom/home";

function MeetingRow({ meeting, zone, now, showHost, showDay }: { meeting: HomeMeeting; zone: string; now: number; showHost: boolean; showDay?: boolean }) {
  return (
    <li className="flex items-center gap-4 py-3">
      <div className="w-20 shrink-0 text-right">
        <div className="text-sm font-semibold text-slate-900 dark:text-white">{formatTime(meeting.start_time, zone)}</div>
        <div className="text-xs text-slate-500 dark:text-slate-400">{showDay ? formatShortDate(meeting.start_time, zone) : formatDuration(meeting.duration)}</div>
      </div>
      <div className="min-w-0 flex-1 border-l-2 border-brand-500 pl-4">
        <Link href={`/meetings/${meeting.id}`} prefetch={false} className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline dark:text-white dark:hover:text-brand-100">
          {meeting.topic}
        </Link>
        <div className="text-xs text-slate-500 dark:text-slate-400">
          {showHost ? `${meeting.host.name} · ` : ""}
          {formatRelative(meeting.start_time, now)}
          {meeting.occurrence_id ? " · recurring" : ""}
        </div>
      </div>
      {meeting.join_url ? (
        <a href={meeting.join_url} target="_blank" rel="noreferrer" className={buttonClass("secondary", "shrink-0 px-3 py-1.5")}>
          Join<span className="sr-only"> {meeting.topic}</span>
        </a>
      ) : null}
    </li>
  );
}

function Stat({ label, value, tone }: { label: string; value: number | string; tone?: "live" }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</p>
      <p className={cn("mt-1 text-3xl font-semibold tabular-nums", tone === "live" && Number(value) > 0 ? "text-red-600 dark:text-red-400" : "text-slate-900 dark:text-white")}>{value}</p>
    </div>
  );
}

export function HomeDashboard({ isAdmin, viewerName }: { isAdmin: boolean; viewerName: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const scope: HomeScope = isAdmin && params.get("scope") === "account" ? "account" : "me";
  const home = useQuery(homeQueries.data(scope));
  const zone = useViewerTimeZone();
  const now = useNow();
  const first = viewerName.split(/\s+/)[0];
  const hour = zone && now ? DateTime.fromMillis(now, { zone }).hour : 9;
  const greeting = hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
  const showHost = scope === "account";

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
            {greeting}, {first}
          </h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {zone && now ? formatShortDate(new Date(now).toISOString(), zone) : "\u00a0"}
            {scope === "account" ? " · the whole account" : " · your meetings"}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {isAdmin ? (
            <div role="group" aria-label="Whose meetings" className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 dark:border-slate-700 dark:bg-slate-900">
              {(["me", "account"] as const).map((value) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={scope === value}
                  onClick={() => router.replace(value === "me" ? pathname : `${pathname}?scope=account`, { scroll: false })}
                  className={cn("rounded-md px-3 py-1.5 text-sm font-medium", scope === value ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800")}
                >
                  {value === "me" ? "Mine" : "Whole account"}
                </button>
              ))}
            </div>
          ) : null}
          <Link href="/meetings/new" className={buttonClass("primary")}>
            Schedule a meeting
          </Link>
        </div>
      </div>

      {home.isError ? (
        <ListError error={home.error} onRetry={() => void home.refetch()} what="your meetings" />
      ) : home.isPending || !zone || now === null ? (
        <div role="status" aria-label="Loading your meetings" className="grid gap-4 sm:grid-cols-4">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-24" />
          ))}
          <Skeleton className="h-72 sm:col-span-3" />
          <Skeleton className="h-72" />
        </div>
      ) : (
        <HomeBody data={home.data} zone={zone} now={now} showHost={showHost} />
      )}
    </div>
  );
}

function HomeBody({ data, zone, now, showHost }: { data: HomeData; zone: string; now: number; showHost: boolean }) {
  const { today, week, perDay } = bucketMeetings(data.upcoming, zone, now);
  const total = perDay.reduce((sum, d) => sum + d.count, 0);
  return (
    <>
      <div className="grid grid-cols-2 gap-4 max-sm:gap-3 lg:grid-cols-4">
        <Stat label="Live now" value={data.live.length} tone="live" />
        <Stat label="Left today" value={today.length} />
        <Stat label="Next 7 days" value={week.length} />
        <Stat label="Next 4 weeks" value={total} />
      </div>
      {data.hostsTruncated || data.seriesTruncated ? (
        <p role="note" className="text-sm text-amber-800 dark:text-amber-200">
          {data.hostsTruncated ? `Showing the first ${data.hostsScanned} hosts of the account. ` : ""}
          {data.seriesTruncated ? "Some recurring series show only their next occurrence." : ""}
        </p>
      ) : null}
      {/* minmax(0, 1fr) columns and min-w-0: a long topic truncates instead of widening the page on a phone. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <DetailCard title="Today" actions={<Link href="/meetings" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">All meetings</Link>}>
            {today.length ? (
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {today.map((m) => (
                  <MeetingRow key={`${m.id}-${m.start_time}`} meeting={m} zone={zone} now={now} showHost={showHost} />
                ))}
              </ul>
            ) : (
              <p className="py-6 text-center text-sm text-slate-500 dark:text-slate-400">Nothing else today.</p>
            )}
          </DetailCard>
          <DetailCard title="Next 7 days">
            {week.length ? (
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {week.slice(0, 12).map((m) => (
                  <MeetingRow key={`${m.id}-${m.start_time}`} meeting={m} zone={zone} now={now} showHost={showHost} showDay />
                ))}
              </ul>
            ) : (
              <p className="py-6 text-center text-sm text-slate-500 dark:text-slate-400">Nothing scheduled in the next seven days.</p>
            )}
            {week.length > 12 ? <p className="pt-2 text-sm text-slate-500 dark:text-slate-400">…and {week.length - 12} more in the next seven days.</p> : null}
          </DetailCard>
        </div>
        <div className="min-w-0 space-y-6">
          <DetailCard title="Live now">
            {data.live.length ? (
              <ul className="space-y-3">
                {data.live.map((m) => (
                  <li key={m.id} className="flex items-center justify-between gap-3">
                    <div className="min-w-0">
                      <Link href={`/meetings/${m.id}`} prefetch={false} className="block truncate text-sm font-medium text-slate-900 hover:underline dark:text-white">
                        {m.topic}
                      </Link>
                      <span className="text-xs text-slate-500 dark:text-slate-400">
                        {showHost ? `${m.host.name} · ` : ""}started {formatRelative(m.start_time, now)}
                      </span>
                    </div>
                    <Link href={`/meetings/${m.id}/live`} prefetch={false} aria-label={`Open the live panel of ${m.topic}`} className="shrink-0 rounded-full">
                      <Badge tone="live">Live panel</Badge>
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-500 dark:text-slate-400">No meeting is live right now.</p>
            )}
          </DetailCard>
          <DetailCard title="Meetings per day">
            <MeetingsPerDayChart days={perDay} />
          </DetailCard>
        </div>
      </div>
    </>
  );
}
