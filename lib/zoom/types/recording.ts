/**
 * Zoom's cloud recording objects (Meetings API `recordingsList`, `recordingGet`), only the fields the
 * dashboard reads. CC and TIMELINE files come without id, size and status, as Zoom documents.
 */
export type RecordingFileType = "MP4" | "M4A" | "CHAT" | "TRANSCRIPT" | "CC" | "TIMELINE" | "CSV" | "SUMMARY" | "CHAT_MESSAGE" | string;

export interface ZoomRecordingFile {
  id?: string;
  meeting_id?: string;
  recording_start?: string;
  recording_end?: string;
  file_type: RecordingFileType;
  file_extension?: string;
  file_size?: number;
  play_url?: string;
  download_url?: string;
  status?: "completed" | "processing" | string;
  recording_type?: string;
  deleted_time?: string;
}

export interface ZoomRecording {
  uuid: string;
  id: number;
  host_id: string;
  topic: string;
  type?: string | number;
  start_time: string;
  duration?: number;
  total_size?: number;
  recording_count?: number;
  share_url?: string;
  password?: string;
  recording_play_passcode?: string;
  download_access_token?: string;
  recording_files?: ZoomRecordingFile[];
}

export interface ZoomRecordingList {
  from?: string;
  to?: string;
  next_page_token?: string;
  page_size?: number;
  total_records?: number;
  meetings?: ZoomRecording[];
}

/** One file as the browser sees it: no Zoom URL, only our own streaming path. */
export interface RecordingFileView {
  /** Zoom's file id, or `<type>-<n>` for CC/TIMELINE files, which Zoom leaves without one. */
  key: string;
  type: RecordingFileType;
  extension: string | null;
  size: number | null;
  start: string | null;
  end: string | null;
  status: string | null;
  recordingType: string | null;
  /** `/api/zoom/recordings/{uuid}/files/{key}/content` — played and downloaded through the dashboard. */
  contentPath: string;
  /** Zoom can trash, recover and delete this file on its own (not CC/TIMELINE). */
  ownFile: boolean;
  deletedTime: string | null;
}

export interface RecordingView {
  uuid: string;
  meetingId: string;
  hostId: string;
  topic: string;
  startTime: string;
  duration: number | null;
  totalSize: number;
  fileTypes: RecordingFileType[];
  /** completed | processing | trash */
  status: "completed" | "processing" | "trash";
  /** In the trash: when Zoom deletes it for good (30 days after it was trashed). */
  purgeAt: string | null;
}

export interface RecordingDetailView extends RecordingView {
  files: RecordingFileView[];
  shareUrl: string | null;
  passcode: string | null;
}

export interface RecordingListView {
  recordings: RecordingView[];
  /** How many month windows Zoom was asked for. */
  windows: number;
}
