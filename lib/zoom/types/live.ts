/** What the live routes answer; pure types, shared with the browser. */
import type { ScheduledKind } from "@/lib/schemas/scheduled";

export type LiveControlId = "recording" | "invite" | "dialOut" | "waitingRoom" | "aiCompanion" | "captions";

export interface ControlAvailability {
  enabled: boolean;
  /** Why not, in a sentence the panel shows next to the control. */
  reason: string | null;
}

export interface LiveStatusView {
  kind: ScheduledKind;
  id: string;
  topic: string;
  hostId: string;
  hostEmail: string | null;
  /** Null for webinars: Zoom's webinar object carries no live status (its caption URL does). */
  live: boolean | null;
  status: string;
  /** The host's "Cloud recording" setting; null when Zoom would not tell. */
  cloudRecording: boolean | null;
  captionsEnabled: boolean | null;
  controls: Record<LiveControlId, ControlAvailability>;
}

export interface CaptionLineView {
  seq: number;
  text: string;
  sentAt: string;
}

export interface CaptionStateView {
  lang: string;
  nextSeq: number;
  lines: CaptionLineView[];
}

export type CaptionSendStatus = "sent" | "failed" | "not_sent";

export interface CaptionSendResult {
  lang: string;
  nextSeq: number;
  lines: { text: string; seq: number | null; status: CaptionSendStatus; reason?: string }[];
}

export interface CaptionUrlView {
  url: string;
  /** When Zoom's caption URL stops working (it is valid 24 hours from issue, and only while the meeting runs). */
  expiresAt: string;
}
