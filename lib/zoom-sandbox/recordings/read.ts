/** `GET /meetings/{meetingId}/recordings` (not paginated) and `GET /users/{userId}/recordings`. */
import { DateTime } from "luxon";
import type { RouteContext } from "../types";
import { json } from "../http";
import { paginate } from "../pagination";
import { resolveUser } from "../users/lookup";
import { assertValid, invalid, queryBoolean } from "../validation";
import { DEFAULT_TTL_S, MAX_TTL_S, issueDownloadToken } from "./access-token";
import { type Recording, activeFiles, findRecording, isVisible, purgeExpiredTrash, recordingsOf } from "./model";
import { renderRecording } from "./render";

function ttlOf(ctx: RouteContext): number {
  const raw = ctx.query.get("ttl");
  if (raw === null || raw === "") return DEFAULT_TTL_S;
  if (!/^\d+$/.test(raw) || Number(raw) > MAX_TTL_S) assertValid([invalid("ttl")]);
  return Number(raw) || DEFAULT_TTL_S;
}

export function getMeetingRecordings(ctx: RouteContext): Response {
  const rec = findRecording(ctx, ctx.params.meetingId, isVisible);
  const fields = (ctx.query.get("include_fields") ?? "").split(",").map((s) => s.trim());
  const body: Record<string, unknown> = {
    ...renderRecording(ctx, rec, activeFiles(rec)),
    password: rec.password ?? "",
    recording_play_passcode: rec.password ? Buffer.from(`${rec.uuid}:${rec.password}`).toString("base64url").slice(0, 32) : "",
  };
  if (fields.includes("download_access_token")) {
    body.download_access_token = issueDownloadToken(rec.uuid, ctx.now().getTime(), ttlOf(ctx));
  }
  return json(200, body);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(ctx: RouteContext, name: "from" | "to"): DateTime | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return undefined;
  const date = DATE.test(raw) ? DateTime.fromISO(raw, { zone: "utc" }) : DateTime.invalid("format");
  if (!date.isValid) assertValid([invalid(name)]);
  return date;
}

/**
 * The date window, as Zoom applies it: defaults are today and tomorrow (UTC); `to` is inclusive;
 * a window longer than one month is not refused but cut to the month ending at `to`, and the
 * response's `from` says so (observed behaviour; the spec only says "the maximum range can be a month").
 */
function window(ctx: RouteContext): { from: DateTime; to: DateTime } {
  const today = DateTime.fromJSDate(ctx.now(), { zone: "utc" }).startOf("day");
  let from = parseDate(ctx, "from");
  let to = parseDate(ctx, "to");
  if (!from && !to) return { from: today, to: today.plus({ days: 1 }) };
  to ??= DateTime.max(from!, today).plus({ days: 1 });
  from ??= to.minus({ months: 1 });
  if (from > to) assertValid([invalid("from")]);
  if (from < to.minus({ months: 1 })) from = to.minus({ months: 1 });
  return { from, to };
}

export function listUserRecordings(ctx: RouteContext): Response {
  const user = resolveUser(ctx, ctx.params.userId);
  purgeExpiredTrash(ctx.state, ctx.now());
  const trash = queryBoolean(ctx.query, "trash") ?? false;
  const trashType = ctx.query.get("trash_type") || "meeting_recordings";
  if (!["meeting_recordings", "recording_file"].includes(trashType)) assertValid([invalid("trash_type")]);
  const meetingId = ctx.query.get("meeting_id");
  if (meetingId && !/^\d+$/.test(meetingId)) assertValid([invalid("meeting_id")]);
  const { from, to } = window(ctx);
  const start = from.toMillis();
  const end = to.endOf("day").toMillis();

  const own = recordingsOf(ctx.state).filter((r) => r.host_id === user.id && (!meetingId || r.meeting_id === Number(meetingId)));
  // Trash listings ignore the date window (the spec: trash "cannot be filtered by date range").
  const rows: { rec: Recording; files: Recording["files"] }[] = trash
    ? own
        .map((rec) => ({
          rec,
          files:
            trashType === "meeting_recordings"
              ? rec.status === "trash" ? rec.files : []
              : rec.status === "trash" ? [] : rec.files.filter((f) => f.status === "trash"),
        }))
        .filter((row) => row.files.length > 0)
    : own
        .filter((rec) => isVisible(rec))
        .filter((rec) => {
          const at = Date.parse(rec.start_time);
          return at >= start && at <= end;
        })
        .map((rec) => ({ rec, files: activeFiles(rec) }));
  rows.sort((a, b) => b.rec.start_time.localeCompare(a.rec.start_time));

  const page = paginate(ctx, rows, {
    defaultSize: 30,
    maxSize: 300,
    key: `recordings:${user.id}:${from.toISODate()}:${to.toISODate()}:${trash}:${trashType}:${meetingId ?? ""}`,
  });
  return json(200, {
    from: from.toISODate(),
    to: to.toISODate(),
    page_count: page.page_count,
    page_size: page.page_size,
    total_records: page.total_records,
    next_page_token: page.next_page_token,
    meetings: page.items.map(({ rec, files }) => renderRecording(ctx, rec, files, trash)),
  });
}
