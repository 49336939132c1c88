/**
 * The home page's data: what is live now and what starts in the next weeks, for the viewer or (for
 * admins) the whole account. Zoom lists a recurring series once, at its next occurrence, so series
 * are opened to count every occurrence in the window. Account-wide views ask each host in turn, a
 * few at a time, and stop at a bounded number of hosts rather than exhaust the rate limit.
 */
import type { ZoomContext } from "@/lib/zoom/context";
import { getMeeting, listAllMeetings } from "@/lib/zoom/meetings";
import type { ZoomMeeting, ZoomMeetingSummary } from "@/lib/zoom/types/meeting";
import { listAllActiveUsers } from "@/lib/zoom/users";

export const HOME_WINDOW_DAYS = 28;
export const HOME_MAX_HOSTS = 50;
const MAX_SERIES_OPENED = 40;
const CONCURRENCY = 4;

export interface HomeHost {
  id: string;
  name: string;
}

export interface HomeMeeting {
  id: number;
  topic: string;
  start_time: string;
  duration: number;
  timezone: string | null;
  type: number;
  host: HomeHost;
  join_url: string | null;
  occurrence_id: string | null;
}

export interface HomeData {
  scope: "me" | "account";
  live: HomeMeeting[];
  /** Every occurrence from now to `until`, sorted by start. */
  upcoming: HomeMeeting[];
  until: string;
  hostsScanned: number;
  /** More hosts exist than were scanned (account view). */
  hostsTruncated: boolean;
  /** Some series were not opened, so their later occurrences are missing from the counts. */
  seriesTruncated: boolean;
}

/** Runs `work` over `items`, `limit` at a time. */
export async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}

const toHome = (m: ZoomMeetingSummary, host: HomeHost, start: string, duration?: number, occurrenceId?: string): HomeMeeting => ({
  id: m.id,
  topic: m.topic,
  start_time: start,
  duration: duration ?? m.duration ?? 60,
  timezone: m.timezone ?? null,
  type: m.type,
  host,
  join_url: m.join_url ?? null,
  occurrence_id: occurrenceId ?? null,
});

/** The occurrences of a series (from its detail) that start inside [from, until). */
export function occurrencesInWindow(detail: Pick<ZoomMeeting, "occurrences">, from: number, until: number) {
  return (detail.occurrences ?? []).filter((o) => o.status !== "deleted" && Date.parse(o.start_time) < until && Date.parse(o.start_time) + o.duration * 60_000 > from);
}

export async function homeData(ctx: ZoomContext, scope: "me" | "account", self: HomeHost, now = new Date()): Promise<HomeData> {
  let hosts: HomeHost[] = [self];
  let hostsTruncated = false;
  if (scope === "account") {
    const { users, truncated } = await listAllActiveUsers(ctx, 2000);
    const hostsAll = users.filter((u) => u.type !== 4 && u.type !== 99).map((u) => ({ id: u.id, name: u.display_name || `${u.first_name ?? ""} ${u.last_name ?? ""}`.trim() || u.email }));
    hosts = hostsAll.slice(0, HOME_MAX_HOSTS);
    hostsTruncated = truncated || hostsAll.length > HOME_MAX_HOSTS;
  }
  const from = now.getTime();
  const until = from + HOME_WINDOW_DAYS * 24 * 3600_000;

  const perHost = await mapLimit(hosts, CONCURRENCY, async (host) => {
    const [upcoming, live] = await Promise.all([listAllMeetings(ctx, host.id, "upcoming"), listAllMeetings(ctx, host.id, "live")]);
    return { host, upcoming, live };
  });

  const live = perHost.flatMap(({ host, live }) => live.map((m) => toHome(m, host, m.start_time ?? now.toISOString())));
  const single: HomeMeeting[] = [];
  const series: { host: HomeHost; meeting: ZoomMeetingSummary }[] = [];
  for (const { host, upcoming } of perHost) {
    for (const m of upcoming) {
      if (!m.start_time) continue; // recurring without a fixed time (type 3) has no date to place
      if (m.type === 8) series.push({ host, meeting: m });
      else if (Date.parse(m.start_time) < until) single.push(toHome(m, host, m.start_time));
    }
  }
  const opened = series.slice(0, MAX_SERIES_OPENED);
  const expanded = await mapLimit(opened, CONCURRENCY, async ({ host, meeting }) => {
    const detail = await getMeeting(ctx, String(meeting.id));
    return occurrencesInWindow(detail, from, until).map((o) => toHome(meeting, host, o.start_time, o.duration, o.occurrence_id));
  });
  // Series we could not open still show their next occurrence.
  const rest = series.slice(MAX_SERIES_OPENED).filter(({ meeting }) => Date.parse(meeting.start_time!) < until).map(({ host, meeting }) => toHome(meeting, host, meeting.start_time!));
  const upcoming = [...single, ...expanded.flat(), ...rest].sort((a, b) => a.start_time.localeCompare(b.start_time));

  return {
    scope,
    live,
    upcoming,
    until: new Date(until).toISOString(),
    hostsScanned: hosts.length,
    hostsTruncated,
    seriesTruncated: series.length > MAX_SERIES_OPENED,
  };
}
