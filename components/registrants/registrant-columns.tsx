"use client";

/** The registrants table's columns: name (with its selection box), email, one per custom question, time, status, join link, actions. */
import { answerOf, registrantName, sortValueOf } from "@/components/registrants/registrant-rows";
import { ACTION_LABELS, ACTIONS_FOR, STATUS_LABELS } from "@/components/registrants/status-actions";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { CopyButton } from "@/components/ui/copy-button";
import type { DataColumn } from "@/components/ui/data-table";
import { ActionsMenu } from "@/components/ui/menu";
import type { RegistrantStatus, StatusAction } from "@/lib/schemas/registrant";
import type { ZoomRegistrant } from "@/lib/zoom/types/registrant";

/** "Nov 1, 12:10 AM" in the viewer's zone: short enough that every column fits a laptop screen. */
const registeredAt = (iso: string, zone: string) => new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: zone }).format(new Date(iso));

/** An address that may wrap only after its "@" (a narrow column shows "ana.lopez@" over "example.com"). */
function Email({ address }: { address: string }) {
  const at = address.lastIndexOf("@");
  if (at < 0) return <span className="break-all">{address}</span>;
  return (
    <span className="[overflow-wrap:anywhere] md:[overflow-wrap:normal]">
      {address.slice(0, at + 1)}
      <wbr />
      {address.slice(at + 1)}
    </span>
  );
}

const tone: Record<RegistrantStatus, BadgeTone> = { pending: "warning", approved: "success", denied: "danger" };

export function registrantColumns({
  titles,
  zone,
  status,
  isSelected,
  onToggle,
  onAction,
}: {
  titles: string[];
  /** The viewer's time zone; null until hydrated. */
  zone: string | null;
  status: RegistrantStatus;
  isSelected: (id: string) => boolean;
  onToggle: (id: string, on: boolean) => void;
  onAction: (action: StatusAction, registrant: ZoomRegistrant) => void;
}): DataColumn<ZoomRegistrant>[] {
  return [
    {
      id: "name",
      header: "Name",
      sortValue: sortValueOf("name"),
      cell: (r) => {
        const name = registrantName(r);
        return (
          <label className="flex min-w-40 items-center gap-3">
            <input type="checkbox" className="h-4 w-4 shrink-0 rounded border-slate-300 accent-brand-600" checked={isSelected(r.id)} onChange={(event) => onToggle(r.id, event.target.checked)} />
            <span className="font-medium text-slate-900 dark:text-white">
              <span className="sr-only">Select </span>
              {name}
            </span>
          </label>
        );
      },
    },
    { id: "email", header: "Email", sortValue: sortValueOf("email"), cell: (r) => <Email address={r.email} /> },
    ...titles.map(
      (title, index): DataColumn<ZoomRegistrant> => ({
        id: `q${index}`,
        header: title,
        cell: (r) => <span className="line-clamp-2 min-w-32 max-w-56">{answerOf(r, title) || <span className="text-slate-400 dark:text-slate-500">—</span>}</span>,
      }),
    ),
    {
      id: "time",
      header: "Registered",
      sortValue: sortValueOf("time"),
      cell: (r) => <span className="whitespace-nowrap">{r.create_time && zone ? registeredAt(r.create_time, zone) : "—"}</span>,
    },
    { id: "status", header: "Status", cell: (r) => <Badge tone={tone[r.status ?? status]}>{STATUS_LABELS[r.status ?? status]}</Badge> },
    {
      id: "join",
      header: "Join link",
      cell: (r) => (r.join_url ? <CopyButton text={r.join_url} label="Copy link" copiedLabel="Copied" variant="ghost" className="whitespace-nowrap px-2 py-1 text-brand-700 dark:text-brand-100" /> : <span className="text-slate-400">—</span>),
    },
    {
      id: "actions",
      header: "Actions",
      className: "w-12 text-right",
      srOnlyHeader: true,
      cell: (r) => <ActionsMenu label={`Actions for ${registrantName(r) || r.email}`} items={ACTIONS_FOR[status].map((action) => ({ label: `${ACTION_LABELS[action]}…`, danger: action !== "approve", onSelect: () => onAction(action, r) }))} />,
    },
  ];
}
