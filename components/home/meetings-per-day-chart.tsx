/**
 * Meetings per day for the coming four weeks as bars. The SVG is a picture for sighted readers;
 * the same numbers are in a visually hidden table for screen readers.
 */
import { DateTime } from "luxon";
import type { DayCount } from "@/components/home/buckets";

export function MeetingsPerDayChart({ days }: { days: DayCount[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const width = 560;
  const height = 160;
  const gap = 4;
  const bar = (width - gap * (days.length - 1)) / days.length;
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const busiest = days.reduce((best, d) => (d.count > best.count ? d : best), days[0] ?? { date: "", count: 0 });
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height + 28}`} className="h-auto w-full" aria-hidden="true">
        {[0.5, 1].map((f) => (
          <line key={f} x1={0} x2={width} y1={height - height * f} y2={height - height * f} className="stroke-slate-200 dark:stroke-slate-800" strokeDasharray="3 3" />
        ))}
        {days.map((d, i) => {
          const h = d.count ? Math.max(3, (d.count / max) * (height - 8)) : 2;
          const date = DateTime.fromISO(d.date);
          const weekend = date.weekday >= 6;
          return (
            <g key={d.date}>
              <rect x={i * (bar + gap)} y={height - h} width={bar} height={h} rx={3} className={d.count ? (weekend ? "fill-brand-500/50" : "fill-brand-600") : "fill-slate-200 dark:fill-slate-800"}>
                <title>{`${date.toFormat("ccc, LLL d")}: ${d.count} meeting${d.count === 1 ? "" : "s"}`}</title>
              </rect>
              {date.weekday === 1 ? (
                <text x={i * (bar + gap)} y={height + 20} className="fill-slate-500 text-[16px] dark:fill-slate-400">
                  {date.toFormat("LLL d")}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {total} meeting{total === 1 ? "" : "s"} in the next four weeks{busiest.count ? `; the busiest day is ${DateTime.fromISO(busiest.date).toFormat("cccc, LLL d")} with ${busiest.count}.` : "."}
      </figcaption>
      <table className="sr-only">
        <caption>Meetings per day, next four weeks</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Meetings</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <td>{DateTime.fromISO(d.date).toFormat("cccc, LLL d")}</td>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
