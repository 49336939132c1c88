/** Starting values for a new meeting or webinar: the next half hour (at least 15 minutes away), in the viewer's zone. */
import { wallDateTime } from "@/components/scheduled/local-time";

const MINUTE = 60_000;

export function newScheduleDefaults(zone: string, now = Date.now()) {
  const { time } = wallDateTime(now, zone);
  const minute = Number(time.slice(3, 5));
  const second = Math.floor(now / 1000) % 60;
  // Minutes and seconds to the next :00 or :30 on the wall clock; zone offsets are whole quarter hours.
  const intoHalfHour = (minute % 30) * MINUTE + second * 1000 + (now % 1000);
  let start = now - intoHalfHour + 30 * MINUTE;
  if (start - now < 15 * MINUTE) start += 30 * MINUTE;
  const wall = wallDateTime(start, zone);
  return {
    topic: "",
    agenda: "",
    startDate: wall.date,
    startTime: wall.time,
    timezone: zone,
    duration: 60,
    passcode: "",
    recurrence: null,
  };
}
