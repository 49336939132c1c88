/** A recurrence in one plain sentence: "Every 2 weeks on Monday and Wednesday, 10 times". */
import { MONTHLY_WEEKS, ZOOM_WEEKDAYS, type RecurrenceInput } from "@/lib/schemas/recurrence";

const dayName = (zoomDay: number) => ZOOM_WEEKDAYS.find((d) => d.value === zoomDay)?.long ?? "?";

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th";
  return `${n}${suffix}`;
}

/**
 * `formatEndDate` turns the `yyyy-MM-dd` end date into display text; it is required so no view
 * prints the raw date (views use describeSeries in components/scheduled/format.ts).
 */
export function describeRecurrence(rule: RecurrenceInput, formatEndDate: (date: string) => string): string {
  const n = Math.max(1, rule.interval);
  const unit = rule.type === "daily" ? "day" : rule.type === "weekly" ? "week" : "month";
  const every = n === 1 ? (rule.type === "daily" ? "Daily" : rule.type === "weekly" ? "Weekly" : "Monthly") : `Every ${n} ${unit}s`;
  let on = "";
  if (rule.type === "weekly" && rule.weeklyDays.length) on = ` on ${list([...rule.weeklyDays].sort((a, b) => a - b).map(dayName))}`;
  if (rule.type === "monthly") {
    on =
      rule.monthlyMode === "day"
        ? ` on the ${ordinal(rule.monthlyDay)}`
        : ` on the ${MONTHLY_WEEKS.find((w) => w.value === rule.monthlyWeek)?.label ?? ""} ${dayName(rule.monthlyWeekDay)}`;
  }
  const end = rule.endMode === "count" ? `, ${rule.endTimes} time${rule.endTimes === 1 ? "" : "s"}` : rule.endDate ? `, until ${formatEndDate(rule.endDate)}` : "";
  return `${every}${on}${end}`;
}
