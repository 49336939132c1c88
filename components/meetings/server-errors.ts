/**
 * Putting a failed save back into the form: our own validation names form fields directly;
 * Zoom's `errors[]` names its body fields (`start_time`, `settings.alternative_hosts`…), which
 * are mapped back here. Anything unmapped becomes the form's root error.
 */
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { ApiClientError } from "@/lib/queries/http";

const zoomToForm: Record<string, string> = {
  topic: "topic",
  agenda: "agenda",
  start_time: "startTime",
  timezone: "timezone",
  duration: "duration",
  password: "passcode",
  schedule_for: "scheduleFor",
  template_id: "templateId",
  "settings.alternative_hosts": "settings.alternativeHosts",
  "settings.approval_type": "settings.approvalType",
  "settings.registration_type": "settings.registrationType",
  "settings.auto_recording": "settings.autoRecording",
  "settings.registrants_restrict_number": "settings.registrantsRestrictNumber",
  "recurrence.repeat_interval": "recurrence.interval",
  "recurrence.weekly_days": "recurrence.weeklyDays",
  "recurrence.monthly_day": "recurrence.monthlyDay",
  "recurrence.end_times": "recurrence.endTimes",
  "recurrence.end_date_time": "recurrence.endDate",
  "user_info.email": "email",
  "user_info.first_name": "firstName",
  "user_info.last_name": "lastName",
  "user_info.display_name": "displayName",
  "user_info.type": "type",
};

/** Applies field errors to the form; returns how many landed on a field. */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, known: readonly string[]): number {
  if (!(error instanceof ApiClientError)) return 0;
  let placed = 0;
  for (const issue of error.fields) {
    const candidate = zoomToForm[issue.field] ?? issue.field;
    // A zod path into an array (settings.alternativeHosts.2) belongs to the array's field.
    const field = known.find((name) => candidate === name || candidate.startsWith(`${name}.`));
    if (!field) continue;
    setError(field as Path<T>, { type: "server", message: error.zoom ? `Zoom: ${issue.message}` : issue.message });
    placed++;
  }
  return placed;
}
