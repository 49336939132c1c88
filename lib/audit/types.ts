/** What the audit page and its routes exchange. Pure: shared with the browser. */

/**
 * Where a row comes from. `dashboard`: something a person did here. Zoom's own events (webhooks)
 * are meant to join the same table as a second source, marked as such.
 */
export type AuditSource = "dashboard" | "zoom";

export interface AuditEntryView {
  id: string;
  source: AuditSource;
  /** ISO instant. */
  at: string;
  actor: { userId: string | null; name: string; email: string | null };
  action: string;
  target: { type: string | null; id: string | null; label: string | null };
  summary: Record<string, unknown> | null;
  ip: string | null;
  userAgent: string | null;
  /** `ok` or an error code. */
  result: string;
  zoomCode: number | null;
  httpStatus: number | null;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Absent on the last page. */
  nextCursor: string | null;
}

/** The values the filters offer: every person and action that appears in the workspace's log. */
export interface AuditFilterOptions {
  actors: { userId: string; name: string; email: string | null }[];
  actions: string[];
}

export interface AuditSettings {
  retentionDays: number;
  /** Only the owner changes retention. */
  canChangeRetention: boolean;
}
