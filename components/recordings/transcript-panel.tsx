"use client";

/**
 * The transcript beside the player: each line with its speaker and time, a search that marks what
 * it finds, and a click on a line that plays from there. The line being spoken is marked as the
 * media plays. Loaded on demand (it brings the WebVTT parser).
 */
import { useEffect, useMemo, useState, type RefObject } from "react";
import { Highlighted } from "@/components/recordings/highlighted";
import { clockLabel, parseTranscript } from "@/components/recordings/transcript";
import { useRecordingText } from "@/components/recordings/use-recording-text";
import { cn } from "@/components/ui/cn";
import { TextField } from "@/components/ui/field";
import { SkeletonRows } from "@/components/ui/skeleton";
import type { RecordingFileView } from "@/lib/zoom/types/recording";
import { ListError } from "@/components/ui/list-footer";

function useCurrentTime(player: RefObject<HTMLMediaElement | null>) {
  const [time, setTime] = useState(0);
  useEffect(() => {
    const media = player.current;
    if (!media) return;
    const update = () => setTime(media.currentTime);
    media.addEventListener("timeupdate", update);
    media.addEventListener("seeked", update);
    return () => {
      media.removeEventListener("timeupdate", update);
      media.removeEventListener("seeked", update);
    };
  });
  return time;
}

export function TranscriptPanel({ uuid, file, player, onSeek }: { uuid: string; file: RecordingFileView; player: RefObject<HTMLMediaElement | null>; onSeek: (seconds: number) => void }) {
  const transcript = useRecordingText(uuid, file.contentPath, parseTranscript);
  const [search, setSearch] = useState("");
  const now = useCurrentTime(player);
  const lines = useMemo(() => {
    const q = search.trim().toLowerCase();
    const all = transcript.data ?? [];
    return q ? all.filter((line) => line.text.toLowerCase().includes(q) || line.speaker?.toLowerCase().includes(q)) : all;
  }, [transcript.data, search]);

  if (transcript.isPending) return <SkeletonRows rows={4} label="Loading the transcript" />;
  if (transcript.isError) return <ListError error={transcript.error} onRetry={() => void transcript.refetch()} what="the transcript" />;
  return (
    <div className="flex h-full flex-col">
      <div className="border-b border-slate-100 p-4 dark:border-slate-800">
        <TextField label="Search the transcript" hideLabel type="search" placeholder="Search the transcript" value={search} onChange={(event) => setSearch(event.target.value)} />
        <p role="status" className="mt-1.5 min-h-4 text-xs text-slate-500 dark:text-slate-400">
          {search.trim() ? `${lines.length} ${lines.length === 1 ? "line matches" : "lines match"}` : `${lines.length} lines${file.type === "CC" ? " · closed captions" : ""}`}
        </p>
      </div>
      <ol aria-label="Transcript" className="max-h-[28rem] flex-1 space-y-1 overflow-y-auto p-2">
        {lines.map((line) => {
          const active = now >= line.start && now < line.end;
          return (
            <li key={line.id}>
              <button
                type="button"
                onClick={() => onSeek(line.start)}
                aria-current={active ? "true" : undefined}
                aria-label={`Play from ${clockLabel(line.start)}${line.speaker ? `, ${line.speaker}` : ""}: ${line.text}`}
                className={cn(
                  "group flex w-full gap-3 rounded-lg px-3 py-2 text-left text-sm transition-colors hover:bg-slate-50 dark:hover:bg-slate-800/60",
                  active && "bg-brand-50 ring-1 ring-brand-100 hover:bg-brand-50 dark:bg-brand-600/15 dark:ring-brand-600/30",
                )}
              >
                <span className="mt-0.5 w-12 shrink-0 font-mono text-xs text-brand-700 tabular-nums group-hover:underline dark:text-brand-100">{clockLabel(line.start)}</span>
                <span className="min-w-0">
                  {line.speaker ? (
                    <span className="block text-xs font-semibold text-slate-900 dark:text-white">
                      <Highlighted text={line.speaker} query={search} />
                    </span>
                  ) : null}
                  <span className="text-slate-700 dark:text-slate-300">
                    <Highlighted text={line.text} query={search} />
                  </span>
                </span>
              </button>
            </li>
          );
        })}
        {lines.length === 0 ? <li className="px-3 py-8 text-center text-sm text-slate-500 dark:text-slate-400">{search.trim() ? `Nothing matches “${search.trim()}”.` : "This transcript is empty."}</li> : null}
      </ol>
    </div>
  );
}
