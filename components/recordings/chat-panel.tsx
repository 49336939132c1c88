"use client";

/**
 * The in-meeting chat as a conversation: time, sender, recipient (everyone or a direct message),
 * message; a search that marks what it finds, and CSV export. Loaded on demand.
 */
import { useMemo, useState } from "react";
import { chatCsv, parseChat, searchChat } from "@/components/recordings/chat";
import { downloadText } from "@/components/recordings/download";
import { Highlighted } from "@/components/recordings/highlighted";
import { useRecordingText } from "@/components/recordings/use-recording-text";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { TextField } from "@/components/ui/field";
import { SkeletonRows } from "@/components/ui/skeleton";
import type { RecordingFileView } from "@/lib/zoom/types/recording";
import { ListError } from "@/components/ui/list-footer";

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");

export function ChatPanel({ uuid, file, topic }: { uuid: string; file: RecordingFileView; topic: string }) {
  const chat = useRecordingText(uuid, file.contentPath, parseChat);
  const [search, setSearch] = useState("");
  const messages = useMemo(() => searchChat(chat.data ?? [], search), [chat.data, search]);

  if (chat.isPending) return <SkeletonRows rows={4} label="Loading the chat" />;
  if (chat.isError) return <ListError error={chat.error} onRetry={() => void chat.refetch()} what="the chat" />;
  return (
    <div className="flex h-full flex-col">
      <div className="flex items-start gap-2 border-b border-slate-100 p-4 dark:border-slate-800">
        <div className="min-w-0 flex-1">
          <TextField label="Search the chat" hideLabel type="search" placeholder="Search the chat" value={search} onChange={(event) => setSearch(event.target.value)} />
          <p role="status" className="mt-1.5 min-h-4 text-xs text-slate-500 dark:text-slate-400">
            {search.trim() ? `${messages.length} of ${chat.data.length} messages` : `${chat.data.length} messages`}
          </p>
        </div>
        <Button variant="secondary" disabled={messages.length === 0} onClick={() => downloadText(`${topic.replace(/[^\w .-]+/g, "_").slice(0, 60)} chat.csv`, chatCsv(messages))}>
          Export CSV
        </Button>
      </div>
      <ol aria-label="Chat messages" className="max-h-[28rem] flex-1 space-y-3 overflow-y-auto p-4">
        {messages.map((message, index) => (
          <li key={index} className="flex gap-3">
            <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700 dark:bg-slate-700 dark:text-slate-100">
              {initials(message.sender)}
            </span>
            <div className={cn("min-w-0 flex-1 rounded-lg px-3 py-2", message.direct ? "bg-amber-50 ring-1 ring-amber-200 dark:bg-amber-500/10 dark:ring-amber-500/30" : "bg-slate-50 dark:bg-slate-800/60")}>
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                <span className="font-semibold text-slate-900 dark:text-white">
                  <Highlighted text={message.sender} query={search} />
                </span>
                <span>
                  to <Highlighted text={message.recipient ?? "Everyone"} query={search} />
                </span>
                {message.direct ? <Badge tone="warning">Direct message</Badge> : null}
                <time className="ml-auto font-mono tabular-nums">{message.time}</time>
              </p>
              <p className="mt-1 whitespace-pre-line break-words text-sm text-slate-800 dark:text-slate-200">
                <Highlighted text={message.text} query={search} />
              </p>
            </div>
          </li>
        ))}
        {messages.length === 0 ? <li className="py-8 text-center text-sm text-slate-500 dark:text-slate-400">{search.trim() ? `Nothing matches “${search.trim()}”.` : "No messages were sent."}</li> : null}
      </ol>
    </div>
  );
}
