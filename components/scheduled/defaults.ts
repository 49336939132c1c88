/** Starting values for a new meeting or webinar: the next half hour (at least 15 minutes away), in the viewer's zone. */
import { DateTime } from "luxon";

export function newScheduleDefaults(zone: string, now = DateTime.now()) {
  const local = now.setZone(zone);
  let start = local.startOf("hour").plus({ minutes: local.minute < 30 ? 30 : 60 });
  if (start.diff(local, "minutes").minutes < 15) start = start.plus({ minutes: 30 });
  return {
    topic: "",
    agenda: "",
    startDate: start.toFormat("yyyy-MM-dd"),
    startTime: start.toFormat("HH:mm"),
    timezone: zone,
    duration: 60,
    passcode: "",
    recurrence: null,
  };
}
