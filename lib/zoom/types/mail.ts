import type { MailDraftContent } from "@/lib/schemas/mail";

/** Zoom Mail's answers as this dashboard reads them (checked against Zoom's Mail OpenAPI document). */
export interface ZoomMailHeader {
  name: string;
  value: string;
}

export interface ZoomMailPart {
  partId?: string;
  mimeType?: string;
  filename?: string;
  headers?: ZoomMailHeader[];
  body?: { size?: number; data?: string; attachmentId?: string };
  parts?: ZoomMailPart[];
}

export interface ZoomDraftRef {
  id: string;
  message: { id: string; threadId?: string; labelIds?: string[] };
}

export interface ZoomDraftList {
  drafts?: ZoomDraftRef[];
  nextPageToken?: string;
  resultSizeEstimate?: number;
}

export interface ZoomDraft {
  id: string;
  message: {
    id: string;
    threadId?: string;
    labelIds?: string[];
    snippet?: string;
    historyId?: string;
    internalDate?: string;
    sizeEstimate?: number;
    payload?: ZoomMailPart;
    raw?: string;
  };
}

export interface ZoomSentMessage {
  id: string;
  threadId?: string;
  labelIds?: string[];
}

export interface ZoomVacation {
  enableAutoReply: boolean;
  responseSubject?: string;
  responseBodyPlainText?: string;
  responseBodyHtml?: string;
  enableAlwaysRespond?: boolean;
  restrictToContacts?: boolean;
  restrictToDomain?: boolean;
  startTime?: string;
  startTimeISO?: string;
  endTime?: string;
  endTimeISO?: string;
}

/** What the dashboard's mail routes answer (the browser never sees MIME). */
export interface DraftRow {
  id: string;
  subject: string;
  recipients: string[];
  snippet: string;
  updatedAt: string | null;
  hasAttachments: boolean;
}

export interface DraftList {
  drafts: DraftRow[];
  nextPageToken: string | null;
  resultSizeEstimate: number;
}

export interface DraftDetail {
  id: string;
  updatedAt: string | null;
  content: MailDraftContent;
}

