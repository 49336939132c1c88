/**
 * Zoom's in-meeting chat file (CHAT) as messages. One message a line, time from the recording
 * start, tab, sender field, tab, message. The sender field is Zoom's saved-chat form
 * ("From Mei Chen to Olivia Bennett (Direct Message):", "From Olivia Bennett to Everyone:") or the
 * cloud file's plain "Mei Chen:"; a line without a time continues the message before it (a
 * message with line breaks). The saved-chat form with spaces instead of tabs is read too.
 */
import { spreadsheetCsv } from "@/lib/csv-export";

export interface ChatMessage {
  /** Seconds from the start of the recording. */
  at: number;
  time: string;
  sender: string;
  /** null: to everyone. */
  recipient: string | null;
  direct: boolean;
  text: string;
}

const LINE = /^(\d{1,2}:\d{2}:\d{2})\s*\t\s*(.+?):\s*\t\s*?(.*)$/;
const SAVED = /^(\d{1,2}:\d{2}:\d{2})\s+From\s+(.+?):\s(.*)$/;
const FROM_TO = /^From\s+(.+?)\s+to\s+(.+?)$/i;
const DIRECT = /\s*\((?:Direct Message|Privately)\)$/i;

const seconds = (time: string) => time.split(":").reduce((total, part) => total * 60 + Number(part), 0);

function people(field: string): { sender: string; recipient: string | null; direct: boolean } {
  const fromTo = FROM_TO.exec(field.trim());
  if (!fromTo) return { sender: field.replace(/^From\s+/i, "").trim(), recipient: null, direct: false };
  const to = fromTo[2]!.trim();
  const direct = DIRECT.test(to);
  const recipient = to.replace(DIRECT, "").trim();
  return { sender: fromTo[1]!.trim(), recipient: /^everyone$/i.test(recipient) ? null : recipient, direct: direct || !/^everyone$/i.test(recipient) };
}

export function parseChat(text: string): ChatMessage[] {
  const messages: ChatMessage[] = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const tabbed = LINE.exec(raw);
    const saved = tabbed ? null : SAVED.exec(raw);
    if (tabbed) messages.push({ at: seconds(tabbed[1]!), time: tabbed[1]!, ...people(tabbed[2]!), text: tabbed[3]!.trim() });
    else if (saved) messages.push({ at: seconds(saved[1]!), time: saved[1]!, ...people(`From ${saved[2]!}`), text: saved[3]!.trim() });
    else if (raw.trim() && messages.length) messages[messages.length - 1]!.text += `\n${raw.trim()}`;
  }
  return messages;
}

/** The messages whose sender, recipient or text contain `query` (case-insensitive). */
export function searchChat(messages: readonly ChatMessage[], query: string): ChatMessage[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...messages];
  return messages.filter((m) => [m.sender, m.recipient ?? "everyone", m.text].some((field) => field.toLowerCase().includes(q)));
}

/** The chat as CSV (time, sender, recipient, direct, message); a cell that a spreadsheet would run as a formula is quoted. */
export function chatCsv(messages: readonly ChatMessage[]): string {
  return spreadsheetCsv(
    ["Time", "Sender", "Recipient", "Direct message", "Message"],
    messages.map((m) => [m.time, m.sender, m.recipient ?? "Everyone", m.direct ? "yes" : "no", m.text]),
  );
}
