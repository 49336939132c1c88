/**
 * Server-side pieces the meetings and webinars pages share: who is asking and for which host (the
 * `?host=` of an admin), and the header actions. Server only — the pages prefetch, tables render.
 */
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { getViewer } from "@/lib/auth/viewer";
import { isAdminRole } from "@/lib/auth/viewer-type";
import { meetingIdString } from "@/lib/schemas/common";
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A query parameter given once and non-empty, else undefined. */
export const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

/** The signed-in viewer (or a redirect to sign in), whether they are an admin, and the page's query. */
export async function readScheduledPage(searchParams: PageSearchParams) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const params = await searchParams;
  const admin = isAdminRole(viewer.role);
  return { viewer, params, admin };
}

/** Templates and "Schedule a …" buttons; scheduling for another host carries `?host=` over. */
export function ScheduledPageActions({ noun, templatesHref, host }: { noun: ScheduledKind; templatesHref: string; host: string }) {
  const newPath = `/${noun}s/new`;
  return (
    <>
      <Link href={templatesHref} className={buttonClass("secondary")}>
        Templates
      </Link>
      <Link href={host === "me" ? newPath : `${newPath}?host=${encodeURIComponent(host)}`} className={buttonClass("primary")}>
        {`Schedule a ${noun}`}
      </Link>
    </>
  );
}

/** One meeting's or webinar's page: the viewer (or sign in) and its id, 404 for anything not a Zoom id. */
export async function readItemPage(id: Promise<string>) {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  const itemId = await id;
  if (!meetingIdString.safeParse(itemId).success) notFound();
  return { viewer, itemId, admin: isAdminRole(viewer.role) };
}

/** The edit page's scope from the URL: one occurrence (`?occurrence=`), the whole series (`?scope=series`), or neither. */
export async function readEditScope(searchParams: PageSearchParams) {
  const query = await searchParams;
  const occurrenceId = typeof query.occurrence === "string" && /^\d+$/.test(query.occurrence) ? query.occurrence : undefined;
  const scope = query.scope === "series" ? ("series" as const) : undefined;
  const title = (noun: ScheduledKind) => (occurrenceId ? "Edit one occurrence" : scope ? "Edit the series" : `Edit ${noun}`);
  return { occurrenceId, scope, title };
}
