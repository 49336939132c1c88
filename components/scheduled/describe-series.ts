/** A series' pattern in words, for the form's summary, the detail page and the invitation text. */
import { formatDate } from "@/components/ui/time";
import { describeRecurrence } from "@/lib/recurrence/describe";
import type { RecurrenceInput } from "@/lib/schemas/recurrence";

/** `yyyy-MM-dd` as written everywhere else ("Wed, Jun 30, 2027"); null for a half-typed or impossible date. */
function calendarDate(date: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  // Noon UTC names the same calendar day in UTC whatever the day's offsets elsewhere.
  const noon = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(noon.getTime()) || noon.toISOString().slice(0, 10) !== date) return null;
  return formatDate(noon.toISOString(), "UTC");
}

/** A series' pattern in words, its end date written like every other date ("until Wed, Jun 30, 2027"). */
export function describeSeries(rule: RecurrenceInput): string {
  // A half-typed date while the form is being filled is shown as typed rather than as a wrong day.
  return describeRecurrence(rule, (date) => calendarDate(date) ?? date);
}
