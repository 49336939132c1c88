"use client";

/**
 * An IANA time zone picker: every zone this browser knows (`Intl.supportedValuesOf`), grouped by
 * region and labelled with its current UTC offset, so "Kolkata (UTC+05:30)" is findable by typing.
 */
import { useMemo, type SelectHTMLAttributes } from "react";
import { SelectField } from "@/components/ui/field";

function offsetLabel(zone: string, at: Date): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName");
  const value = part?.value ?? "GMT";
  return value === "GMT" ? "UTC±00:00" : value.replace("GMT", "UTC");
}

export function timeZones(): string[] {
  const list = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return list.includes("UTC") ? list : ["UTC", ...list];
}

export function TimeZoneSelect({ label = "Time zone", error, hint, ...select }: { label?: string; error?: string; hint?: string } & SelectHTMLAttributes<HTMLSelectElement> & { ref?: React.Ref<HTMLSelectElement> }) {
  const groups = useMemo(() => {
    const now = new Date();
    const byRegion = new Map<string, { zone: string; label: string }[]>();
    for (const zone of timeZones()) {
      const [region, ...rest] = zone.split("/");
      const key = rest.length ? region! : "Other";
      const city = (rest.length ? rest.join(" / ") : zone).replaceAll("_", " ");
      if (!byRegion.has(key)) byRegion.set(key, []);
      byRegion.get(key)!.push({ zone, label: `${city} (${offsetLabel(zone, now)})` });
    }
    return [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, []);
  return (
    <SelectField label={label} error={error} hint={hint} {...select}>
      {groups.map(([region, zones]) => (
        <optgroup key={region} label={region}>
          {zones.map(({ zone, label: text }) => (
            <option key={zone} value={zone}>
              {text}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
