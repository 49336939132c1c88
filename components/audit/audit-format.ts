/** How audit entries read to people: action names in words, target kinds, result tones. Pure. */
import type { BadgeTone } from "@/components/ui/badge";
import type { AuditEntryView } from "@/lib/audit/types";

const ACTIONS: Record<string, string> = {
  "meeting.create": "Scheduled a meeting",
  "meeting.update": "Edited a meeting",
  "meeting.delete": "Deleted a meeting",
  "meeting.occurrence.update": "Edited a meeting occurrence",
  "meeting.occurrence.delete": "Deleted a meeting occurrence",
  "webinar.create": "Scheduled a webinar",
  "webinar.update": "Edited a webinar",
  "webinar.delete": "Deleted a webinar",
  "webinar.occurrence.update": "Edited a webinar occurrence",
  "webinar.occurrence.delete": "Deleted a webinar occurrence",
  "template.create": "Saved a template",
  "user.create": "Added a Zoom user",
  "registrant.add": "Added a registrant",
  "registrant.approve": "Approved registrants",
  "registrant.deny": "Denied registrants",
  "registrant.cancel": "Cancelled registrants",
  "registrant.import": "Imported registrants",
  "registrant.questions.update": "Changed registration questions",
  "recording.trash": "Moved recordings to trash",
  "recording.delete": "Deleted recordings",
  "recording.recover": "Recovered recordings",
  "recording.file.trash": "Moved a recording file to trash",
  "recording.file.delete": "Deleted a recording file",
  "recording.file.recover": "Recovered a recording file",
  "recording.bulk": "Trashed or deleted recordings in bulk",
  "job.cancel": "Cancelled a background job",
  "job.retry": "Retried a background job",
  "job.finish": "Background job finished",
  "member.role": "Changed a member's role",
  "member.remove": "Removed a member",
  "member.restore": "Restored a member",
  "member.sessions.revoke": "Signed a member out everywhere",
  "session.sign_out_everywhere": "Signed out everywhere",
  "auth.sign_in": "Signed in",
  "auth.sign_out": "Signed out",
  "connection.s2s.connect": "Connected the account (Server-to-Server)",
  "connection.s2s.reconnect": "Reconnected the account",
  "connection.disconnect": "Disconnected a Zoom connection",
  "connection.device.start": "Started a device sign-in",
  "connection.device.approved": "Connected Zoom with a device code",
  "connection.device.denied": "Device sign-in denied",
  "connection.device.expired": "Device sign-in expired",
  "connection.device.cancel": "Cancelled a device sign-in",
  "workspace.demo_reset": "Reset the demo data",
  "keys.rotate": "Rotated the encryption keys",
  "audit.retention.update": "Changed audit log retention",
  "live.event": "Used a live control",
  "caption.send": "Sent captions",
  "mail.draft.create": "Created a mail draft",
  "mail.draft.update": "Edited a mail draft",
  "mail.draft.delete": "Deleted a mail draft",
  "mail.draft.send": "Sent mail",
  "mail.vacation.update": "Changed the mail vacation responder",
  "mail.language.update": "Changed the mail language",
};

export const actionLabel = (action: string) => ACTIONS[action] ?? action;

const TARGETS: Record<string, string> = {
  meeting: "Meeting",
  webinar: "Webinar",
  occurrence: "Occurrence",
  recording: "Recording",
  recording_file: "Recording file",
  member: "Member",
  connection: "Connection",
  device_authorization: "Device sign-in",
  job: "Job",
  zoom_user: "Zoom user",
  workspace: "Workspace",
  mail_draft: "Mail draft",
  mail_settings: "Mail settings",
};

export const targetKind = (type: string | null) => (type ? (TARGETS[type] ?? type) : null);

export function resultTone(entry: AuditEntryView): BadgeTone {
  if (entry.result === "ok") return "success";
  if (entry.result === "forbidden" || entry.result === "validation_failed" || entry.result === "bad_request") return "warning";
  return "danger";
}

export const resultLabel = (entry: AuditEntryView) =>
  entry.result === "ok" ? "OK" : `${entry.result.replace(/_/g, " ")}${entry.zoomCode !== null ? ` · Zoom ${entry.zoomCode}` : ""}`;

/** The families the action filter offers first (`meeting.*`), then each action seen. */
export function actionFamilies(actions: readonly string[]): string[] {
  return [...new Set(actions.filter((a) => /^[a-z_]+\./.test(a)).map((a) => `${a.split(".")[0]}.*`))].sort();
}

/** Local calendar days (the viewer's zone: the browser's) to the instants the API filters on. */
export const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).toISOString() : undefined);
export const dayEnd = (day: string) => (day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined);
