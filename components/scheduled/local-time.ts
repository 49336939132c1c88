/**
 * Wall times in an IANA zone on Intl alone, so the schedule forms paint without luxon (the server
 * still reads the same values with luxon, lib/schemas/common.ts; the unit test holds both to the
 * same answers, daylight-saving gaps and overlaps included).
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formats.set(zone, format);
  }
  return format;
}

/** The wall clock in `zone` at instant `ms`, as if that wall time were UTC (ms). */
function wallAt(ms: number, zone: string): number {
  const parts = Object.fromEntries(wallFormat(zone).formatToParts(new Date(ms)).map((part) => [part.type, part.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** `zone`'s offset from UTC at instant `ms`, in minutes. */
function offsetAt(ms: number, zone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return (wallAt(whole, zone) - whole) / 60_000;
}

export const isLocalDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

export const isLocalTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

export function isKnownZone(zone: string): boolean {
  if (!zone) return false;
  try {
    wallFormat(zone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant (ISO, UTC) a valid local date and time name in `zone`, as luxon reads it on the
 * server (this is luxon's own offset fix): a time in a spring-forward gap moves forward by the gap,
 * and an autumn time that happens twice takes the offset `zone` has today.
 */
export function localToUtcIso(date: string, time: string, zone: string, now = Date.now()): string {
  const local = Date.parse(`${date}T${time}:00Z`);
  const first = offsetAt(now, zone);
  let guess = local - first * 60_000;
  const second = offsetAt(guess, zone);
  if (first !== second) {
    guess -= (second - first) * 60_000;
    const third = offsetAt(guess, zone);
    if (second !== third) guess = local - Math.min(second, third) * 60_000;
  }
  return new Date(guess).toISOString();
}

/** The wall date (`yyyy-MM-dd`) and time (`HH:mm`) in `zone` at instant `ms`. */
export function wallDateTime(ms: number, zone: string): { date: string; time: string } {
  const iso = new Date(wallAt(ms, zone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}
