"use client";

/**
 * Every file of a recording: type, size, segment, status, download through the dashboard, and
 * trash per file. Zoom's recording read leaves trashed files out, so a trashed file is recovered
 * from the toast's "Undo" (or from Zoom's trash) rather than from this list.
 */
import { viewLabel } from "@/components/recordings/recording-player";
import { fileTypeLabel, formatBytes } from "@/components/recordings/list";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatTime, useViewerTimeZone } from "@/components/ui/time";
import { toast, toastError } from "@/components/ui/toast";
import { useDeleteRecordingFile, useRecoverRecordingFile } from "@/lib/queries/recordings";
import type { RecordingFileView } from "@/lib/zoom/types/recording";

function Segment({ file }: { file: RecordingFileView }) {
  const zone = useViewerTimeZone();
  if (!file.start || !zone) return <span className="text-slate-500">—</span>;
  return (
    <span className="whitespace-nowrap tabular-nums">
      {formatTime(file.start, zone)}
      {file.end ? ` – ${formatTime(file.end, zone)}` : ""}
    </span>
  );
}

export function RecordingFiles({ uuid, files }: { uuid: string; files: RecordingFileView[] }) {
  const trashFile = useDeleteRecordingFile();
  const recoverFile = useRecoverRecordingFile();
  const onTrash = async (file: RecordingFileView) => {
    try {
      await trashFile.mutateAsync({ uuid, fileKey: file.key, action: "trash" });
      toast.success(`${fileTypeLabel(file.type)} moved to the trash`, {
        description: "Zoom keeps it for 30 days.",
        duration: 10_000,
        classNames: { title: "!text-emerald-900", description: "!text-emerald-900" },
        action: {
          label: "Undo",
          onClick: () => void recoverFile.mutateAsync({ uuid, fileKey: file.key }).catch((error: unknown) => toastError("Could not recover the file", error)),
        },
      });
    } catch (error) {
      toastError("Could not move the file to the trash", error);
    }
  };
  const columns: DataColumn<RecordingFileView>[] = [
    {
      id: "type",
      header: "File",
      cell: (file) => (
        <div className="min-w-40">
          <span className="font-medium text-slate-900 dark:text-white">{fileTypeLabel(file.type)}</span>
          <div className="text-xs text-slate-500 dark:text-slate-400">
            {file.type === "MP4" || file.type === "M4A" ? viewLabel(file) : (file.extension ?? file.type)}
          </div>
        </div>
      ),
    },
    { id: "size", header: "Size", cell: (file) => <span className="whitespace-nowrap tabular-nums">{formatBytes(file.size)}</span> },
    { id: "segment", header: "Segment", cell: (file) => <Segment file={file} /> },
    {
      id: "status",
      header: "Status",
      cell: (file) => (file.status === "processing" ? <Badge tone="warning">Processing</Badge> : file.deletedTime ? <Badge tone="danger">In trash</Badge> : <Badge tone="success">Ready</Badge>),
    },
    {
      id: "actions",
      header: "Actions",
      srOnlyHeader: true,
      cell: (file) => (
        <div className="flex justify-end gap-2">
          <a href={`${file.contentPath}?download=1`} download className={buttonClass("secondary", "px-3 py-1.5")} aria-label={`Download ${fileTypeLabel(file.type)} (${formatBytes(file.size)})`}>
            Download
          </a>
          {file.ownFile ? (
            <Button variant="ghost" className="px-3 py-1.5 text-red-700 dark:text-red-400" onClick={() => void onTrash(file)} disabled={trashFile.isPending} aria-label={`Move ${fileTypeLabel(file.type)} file to the trash`}>
              Trash
            </Button>
          ) : null}
        </div>
      ),
    },
  ];
  return <DataTable rows={files} rowKey={(file) => file.key} columns={columns} caption="Recording files" empty="This recording has no files left." />;
}
