/**
 * Grouping the home page's meetings in the viewer's own time zone: what is left today, the next
 * seven days after it, and a count per day for the coming four weeks (days without meetings included, so
 * the chart's gaps are real).
 */
import { DateTime } from "luxon";

export interface Dated {
  start_time: string;
  duration: number;
}

export interface DayCount {
  date: string;
  count: number;
}

export function bucketMeetings<T extends Dated>(items: T[], zone: string, nowMs: number, days = 28) {
  const now = DateTime.fromMillis(nowMs, { zone });
  const today = now.startOf("day");
  // "This week" as the next seven days: on a Sunday evening the calendar week is already over.
  const weekEnd = today.plus({ days: 8 });
  const todayItems: T[] = [];
  const weekItems: T[] = [];
  const perDay = new Map<string, number>();
  for (let i = 0; i < days; i++) perDay.set(today.plus({ days: i }).toISODate()!, 0);
  for (const item of items) {
    const start = DateTime.fromISO(item.start_time, { zone: "utc" }).setZone(zone);
    const end = start.plus({ minutes: item.duration });
    if (end < now) continue;
    const day = start.toISODate()!;
    if (start.hasSame(now, "day")) todayItems.push(item);
    else if (start > today && start < weekEnd) weekItems.push(item);
    if (perDay.has(day)) perDay.set(day, perDay.get(day)! + 1);
  }
  const counts: DayCount[] = [...perDay.entries()].map(([date, count]) => ({ date, count }));
  return { today: todayItems, week: weekItems, perDay: counts };
}
