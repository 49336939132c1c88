"use client";

import { ActionsMenu } from "@/components/ui/menu";
import { toastError, toastSuccess } from "@/components/ui/toast";
import type { ZoomMeetingSummary } from "@/lib/zoom/types/meeting";

/** The ⋯ menu on a meeting row: open, edit, copy the join link, delete. */
export function ScheduledRowActions({ meeting, basePath, onDelete }: { meeting: Pick<ZoomMeetingSummary, "id" | "topic" | "join_url">; basePath: "/meetings" | "/webinars"; onDelete: () => void }) {
  return (
    <ActionsMenu
      label={`Actions for ${meeting.topic}`}
      items={[
        { label: "Open", href: `${basePath}/${meeting.id}` },
        { label: "Edit", href: `${basePath}/${meeting.id}/edit` },
        {
          label: "Copy join link",
          onSelect: () => {
            if (!meeting.join_url) return;
            navigator.clipboard.writeText(meeting.join_url).then(
              () => toastSuccess("Join link copied"),
              (error) => toastError("Could not copy the join link", error),
            );
          },
        },
        { label: "Delete…", danger: true, onSelect: onDelete },
      ]}
    />
  );
}
