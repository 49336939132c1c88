/**
 * Cloud recordings: find one in the owner's last month, read its files, download the transcript
 * and the chat with a Bearer header, trash and recover one file and then the whole recording.
 * The tour picks a recording whose UUID starts with `/` or contains `//` on purpose: those must be
 * double-encoded in the path, the mistake clients most often make.
 */
import { need } from "./client";
import { bodyOf, isoDate, listOf, uuidSegment, v2, type TourContext } from "./context";

type RecordingFile = { id?: string; file_type: string; download_url: string };
type Recording = { uuid: string; recording_files?: RecordingFile[] };

const awkward = (uuid: string) => uuid.startsWith("/") || uuid.includes("//");

export async function recordings(ctx: TourContext): Promise<void> {
  const { tour } = ctx;
  tour.section("Cloud recordings");
  // Zoom serves at most a month per request, so an older recording means paging back by month
  // (a long-running sandbox's seeded recordings age with it).
  let picked: Recording | undefined;
  for (let month = 0; month < 6 && !picked; month++) {
    const list = await v2(ctx, {
      key: month === 0 ? "recordings.list" : `recordings.list.earlier.${month}`,
      method: "GET",
      path: "/users/me/recordings",
      query: { from: isoDate(-30 * (month + 1)), to: isoDate(-30 * month), page_size: 300 },
      expect: 200,
    });
    picked = listOf<Recording>(list, "meetings").find((m) => awkward(m.uuid));
  }
  const { uuid } = need(picked, "a recording whose UUID needs double encoding (none in the last six months)");
  const path = `/meetings/${uuidSegment(uuid)}/recordings`;

  const detail = await v2(ctx, {
    key: "recordings.get",
    method: "GET",
    path,
    expect: 200,
    check: (r) => {
      const types = listOf<RecordingFile>(r, "recording_files").map((f) => f.file_type);
      return types.includes("TRANSCRIPT") && types.includes("CHAT") ? undefined : `files ${types.join(",")}, expected TRANSCRIPT and CHAT`;
    },
  });
  const files = listOf<RecordingFile>(detail, "recording_files");
  const transcript = need(files.find((f) => f.file_type === "TRANSCRIPT"), "TRANSCRIPT file");
  const chat = need(files.find((f) => f.file_type === "CHAT"), "CHAT file");

  // download_url needs the same OAuth token as the API, sent as a Bearer header.
  await tour.step({
    key: "recordings.download.transcript",
    method: "GET",
    url: transcript.download_url,
    token: ctx.tokens.account,
    expect: 200,
    check: (r) => (r.contentType.startsWith("text/vtt") && String(r.body).startsWith("WEBVTT") ? undefined : `not WebVTT (${r.contentType})`),
  });
  await tour.step({
    key: "recordings.download.chat",
    method: "GET",
    url: chat.download_url,
    token: ctx.tokens.account,
    expect: 200,
    check: (r) => (r.contentType.startsWith("text/plain") ? undefined : `content-type ${r.contentType}`),
  });

  const chatId = need(chat.id, "CHAT file id");
  await v2(ctx, { key: "recordings.trash.file", method: "DELETE", path: `${path}/${chatId}`, query: { action: "trash" }, expect: 204 });
  await v2(ctx, { key: "recordings.recover.file", method: "PUT", path: `${path}/${chatId}/status`, json: { action: "recover" }, expect: 204 });

  await v2(ctx, { key: "recordings.trash", method: "DELETE", path, query: { action: "trash" }, expect: 204 });
  await v2(ctx, {
    key: "recordings.get.trashed",
    method: "GET",
    path,
    expect: 404,
    check: (r) => (bodyOf(r).code === 3301 ? undefined : `code ${bodyOf(r).code}, expected 3301`),
  });
  await v2(ctx, { key: "recordings.recover", method: "PUT", path: `${path}/status`, json: { action: "recover" }, expect: 200 });
  await v2(ctx, {
    key: "recordings.get.recovered",
    method: "GET",
    path,
    expect: 200,
    check: (r) => (listOf<RecordingFile>(r, "recording_files").some((f) => f.id === chatId) ? undefined : "the recovered chat file is missing"),
  });
}
