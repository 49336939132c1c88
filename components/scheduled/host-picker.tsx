"use client";

/**
 * Admins choose whose meetings to see: any active user of the account (all pages of `GET /users`
 * through the account-level connection). Members never see this control.
 */
import { useQuery } from "@tanstack/react-query";
import { SelectField } from "@/components/ui/field";
import { userQueries } from "@/lib/queries/users";

export function HostPicker({ value, onChange, viewerZoomUserId, label = "Host" }: { value: string; onChange: (userId: string) => void; viewerZoomUserId: string; label?: string }) {
  const hosts = useQuery(userQueries.hosts());
  const others = (hosts.data?.hosts ?? []).filter((host) => host.id !== viewerZoomUserId);
  return (
    <SelectField
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      className="w-full sm:w-72"
      hint={hosts.isError ? "Could not load the account's users; showing your own meetings." : hosts.data?.truncated ? "Showing the first 5,000 users." : undefined}
    >
      <option value="me">Me</option>
      {hosts.isPending ? <option disabled>Loading users…</option> : null}
      {others.map((host) => (
        <option key={host.id} value={host.id}>
          {host.name} ({host.email})
        </option>
      ))}
    </SelectField>
  );
}

/** Names for host ids, from the host list when it is loaded (admins), else "You" for the viewer. */
export function useHostNames(enabled: boolean): Map<string, string> {
  const hosts = useQuery({ ...userQueries.hosts(), enabled });
  return new Map((hosts.data?.hosts ?? []).map((host) => [host.id, host.name]));
}
