"use client";

/**
 * Plays a recording's video (MP4) or audio (M4A) in the browser from the dashboard's own content
 * route, which passes Range through, so seeking fetches only what is needed. `preload="metadata"`
 * reads the duration without downloading the file.
 */
import type { RefObject } from "react";
import { fileTypeLabel } from "@/components/recordings/list";
import { SelectField } from "@/components/ui/field";
import type { RecordingFileView } from "@/lib/zoom/types/recording";

const VIEW_LABELS: Record<string, string> = {
  shared_screen_with_speaker_view: "Shared screen with speaker",
  "shared_screen_with_speaker_view(CC)": "Shared screen with speaker (CC)",
  shared_screen_with_gallery_view: "Shared screen with gallery",
  speaker_view: "Speaker view",
  gallery_view: "Gallery view",
  shared_screen: "Shared screen",
  audio_only: "Audio only",
  active_speaker: "Active speaker",
};

export const viewLabel = (file: RecordingFileView) => (file.recordingType ? (VIEW_LABELS[file.recordingType] ?? file.recordingType.replaceAll("_", " ")) : fileTypeLabel(file.type));

/** The files a browser can play, video first. */
export const playableFiles = (files: readonly RecordingFileView[]) =>
  files.filter((f) => (f.type === "MP4" || f.type === "M4A") && !f.deletedTime && f.status !== "processing").sort((a, b) => (a.type === b.type ? 0 : a.type === "MP4" ? -1 : 1));

export function RecordingPlayer({ files, current, onChoose, player, topic }: { files: RecordingFileView[]; current: RecordingFileView; onChoose: (key: string) => void; player: RefObject<HTMLMediaElement | null>; topic: string }) {
  const label = `${topic} — ${viewLabel(current)}`;
  return (
    <div className="space-y-3">
      {current.type === "MP4" ? (
        // Zoom's recordings carry their captions as separate files, shown in the transcript panel beside the player.
        <video key={current.key} ref={player as RefObject<HTMLVideoElement>} src={current.contentPath} preload="metadata" controls playsInline aria-label={label} className="aspect-video w-full rounded-lg bg-slate-950" />
      ) : (
        <div className="flex flex-col items-center gap-4 rounded-lg bg-gradient-to-br from-brand-700 to-slate-900 px-6 py-10 text-white">
          <p className="text-sm font-medium opacity-90">Audio recording</p>
          <audio key={current.key} ref={player as RefObject<HTMLAudioElement>} src={current.contentPath} preload="metadata" controls aria-label={label} className="w-full" />
        </div>
      )}
      {files.length > 1 ? (
        <SelectField label="Play" value={current.key} onChange={(event) => onChoose(event.target.value)} className="sm:w-80">
          {files.map((file) => (
            <option key={file.key} value={file.key}>
              {file.type === "M4A" ? "Audio only" : viewLabel(file)}
            </option>
          ))}
        </SelectField>
      ) : null}
    </div>
  );
}
