/**
 * Putting a failed save back into the form: our own validation names form fields directly;
 * Zoom's `errors[]` names its body fields (`start_time`, `settings.alternative_hosts`…), which
 * are mapped back here, and so are the few Zoom error codes that always concern one field (Zoom
 * sends no `errors[]` with them). Anything unmapped becomes the form's root error.
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

/** Zoom codes whose message names the offending value of one field (matched by code, never by text). */
const zoomCodeToForm: Record<number, string> = {
  // "The user x@y is not a licensed user of this account…": an alternative host Zoom cannot use.
  1114: "settings.alternativeHosts",
};

/** Applies field errors to the form; returns how many landed on a field. */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, known: readonly string[]): number {
  if (!(error instanceof ApiClientError)) return 0;
  let placed = 0;
  for (const issue of error.fields) {
    const candidate = zoomToForm[issue.field] ?? issue.field;
    // A zod path into an array (settings.alternativeHosts.2) belongs to the array's field, which
    // is where the form shows it; anything under a known field stays as specific as it came.
    const field = candidate.replace(/\.\d+$/, "");
    if (!known.some((name) => field === name || field.startsWith(`${name}.`))) continue;
    setError(field as Path<T>, { type: "server", message: error.zoom ? `Zoom: ${issue.message}` : issue.message });
    placed++;
  }
  const byCode = error.zoom?.code != null ? zoomCodeToForm[error.zoom.code] : undefined;
  if (!placed && byCode && known.some((name) => byCode === name || byCode.startsWith(`${name}.`))) {
    setError(byCode as Path<T>, { type: "server", message: `Zoom: ${error.zoom!.message}` });
    placed++;
  }
  return placed;
}
