/**
 * The time-zone picker's list: every IANA zone this browser knows, labelled with its current UTC
 * offset, filtered by what was typed ("berl" → Europe/Berlin; "new york" → America/New_York) and
 * ordered with the viewer's zone and recently used zones first.
 */

export interface ZoneOption {
  zone: string;
  /** "Berlin", "New York", "Argentina / Buenos Aires", or the id for "UTC". */
  city: string;
  /** "UTC+01:00" at the moment the list was built. */
  offset: string;
  /** Why it is near the top, when it is. */
  tag: "Your time zone" | "Recently used" | null;
}

export function offsetLabel(zone: string, at: Date): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  const value = part?.value ?? "GMT";
  return value === "GMT" ? "UTC±00:00" : value.replace("GMT", "UTC");
}

export function timeZones(): string[] {
  const list = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return list.includes("UTC") ? list : ["UTC", ...list];
}

/** What the input shows for a chosen zone. */
export function zoneLabel(zone: string, at: Date): string {
  return `${zone.replaceAll("_", " ")} (${offsetLabel(zone, at)})`;
}

const normalise = (text: string) => text.toLowerCase().replace(/[_/\s]+/g, " ").trim();

/**
 * The options for `query`: suggestions (viewer's zone, then recent ones, most recent first) lead,
 * then zones whose city starts with the query, then any other match, each alphabetically.
 */
export function zoneOptions(zones: readonly string[], query: string, suggested: { viewer: string | null; recent: readonly string[] }, at: Date): ZoneOption[] {
  const q = normalise(query);
  const known = new Set(zones);
  const top = [suggested.viewer, ...suggested.recent].filter((z, i, all): z is string => !!z && known.has(z) && all.indexOf(z) === i);
  const option = (zone: string): ZoneOption => {
    const [, ...rest] = zone.split("/");
    return {
      zone,
      city: (rest.length ? rest.join(" / ") : zone).replaceAll("_", " "),
      offset: offsetLabel(zone, at),
      tag: zone === suggested.viewer ? "Your time zone" : top.includes(zone) ? "Recently used" : null,
    };
  };
  const rank = (o: ZoneOption): number => {
    if (!q) return top.includes(o.zone) ? 0 : 2;
    if (normalise(o.zone) === q) return -1;
    const suggestedFirst = top.includes(o.zone) ? 0 : 1;
    return normalise(o.city).startsWith(q) ? suggestedFirst : 2 + suggestedFirst;
  };
  const matches = zones.map(option).filter((o) => !q || normalise(`${o.zone} ${o.city} ${o.offset}`).includes(q));
  return matches
    .map((o) => ({ o, r: rank(o), t: top.indexOf(o.zone) }))
    .sort((a, b) => a.r - b.r || (a.t >= 0 && b.t >= 0 ? a.t - b.t : 0) || a.o.zone.localeCompare(b.o.zone))
    .map(({ o }) => o);
}

const RECENT_KEY = "zoom-dashboard.recent-time-zones";
const RECENT_MAX = 5;

/** Recently chosen zones from localStorage (the raw string, so snapshots stay stable). */
export function readRecentZones(raw: string | null): string[] {
  try {
    const parsed: unknown = JSON.parse(raw ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((z): z is string => typeof z === "string").slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}

export function rememberZone(storage: Storage, zone: string): void {
  const next = [zone, ...readRecentZones(storage.getItem(RECENT_KEY)).filter((z) => z !== zone)].slice(0, RECENT_MAX);
  storage.setItem(RECENT_KEY, JSON.stringify(next));
}

export { RECENT_KEY };
