/**
 * Seeded Zoom Mail: a mailbox for every active licensed user (Zoom Mail needs a provisioned
 * mailbox on a paid plan), a few drafts each, one sent message, and one mailbox with an active
 * vacation responder. Also turns on the two caption settings for those users.
 */
import { pick } from "../random";
import type { SandboxState } from "../types";
import { type Mailbox, emptyMailbox, mailId } from "../mail/mailbox";
import { buildMessage, encodeRaw } from "../mail/mime";

const SUBJECTS = ["Agenda for Thursday", "Re: Q3 planning", "Follow-up from the workshop", "Quick question", "Slides for the webinar", "Draft: team offsite"];
const BODIES = [
  "Hi all,\n\nHere is the agenda for Thursday's meeting. Please add anything I missed.\n\nThanks",
  "Thanks for the notes. I'll send the revised numbers tomorrow.",
  "Great session today! The recording will be shared once it is processed.",
  "Could you take a look at the attached proposal before Friday?",
];

export function seedMail(state: SandboxState, random: () => number, now: Date): void {
  const users = state.users.filter((u) => u.type === 2 && u.status === "active");
  const src = { state, random };
  users.forEach((user, index) => {
    const mailbox: Mailbox = emptyMailbox(user.email);
    const colleagues = users.filter((u) => u.id !== user.id).map((u) => u.email);
    const draftCount = 2 + (index % 3);
    for (let i = 0; i < draftCount; i++) {
      const at = now.getTime() - (draftCount - i) * 3 * 3600_000;
      const to = colleagues.length ? [pick(random, colleagues)] : ["someone@example.com"];
      const raw = encodeRaw(buildMessage({ from: user.email, to, subject: pick(random, SUBJECTS), body: pick(random, BODIES), date: new Date(at) }));
      const id = mailId(src, at);
      mailbox.historyId += 1;
      mailbox.drafts.push({ id, messageId: id, threadId: mailId(src, at), raw, internalDate: String(at), labelIds: ["DRAFT"], historyId: String(mailbox.historyId) });
    }
    const sentAt = now.getTime() - 26 * 3600_000;
    const sentRaw = encodeRaw(buildMessage({ from: user.email, to: ["team@example.com"], subject: "Weekly update", body: BODIES[0], date: new Date(sentAt) }));
    mailbox.historyId += 1;
    mailbox.sent.push({ id: mailId(src, sentAt), threadId: mailId(src, sentAt), raw: sentRaw, internalDate: String(sentAt), labelIds: ["SENT"], historyId: String(mailbox.historyId) });
    if (index === 1) {
      const start = now.getTime() - 24 * 3600_000;
      const end = now.getTime() + 6 * 24 * 3600_000;
      mailbox.vacation = {
        enableAutoReply: true,
        responseSubject: "Out of office",
        responseBodyPlainText: "I'm away this week with limited access to email. I'll reply when I'm back.",
        responseBodyHtml: "",
        enableAlwaysRespond: false,
        restrictToContacts: false,
        restrictToDomain: true,
        startTime: String(start),
        startTimeISO: new Date(start).toISOString(),
        endTime: String(end),
        endTimeISO: new Date(end).toISOString(),
      };
    }
    state.mailboxes[mailbox.email] = mailbox;
    state.captionSettings[user.id] = { closed_caption: true, third_party_captioning_service: true };
  });
}
