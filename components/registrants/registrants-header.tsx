"use client";

/** The registrants tab's title and its actions: questions, import, add (export sits with the table it exports). */
import { lazy, Suspense, useState, type ReactNode } from "react";
import { RegistrantImport } from "@/components/registrants/import/registrant-import";
import { formatMeetingId } from "@/components/scheduled/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ScheduledRef } from "@/lib/schemas/scheduled";
import type { RegistrationSummary } from "@/lib/zoom/types/registrant";

// Forms and their zod schemas load with the first click: the table does not need them to paint.
const AddRegistrantDialog = lazy(() => import("@/components/registrants/add-registrant-dialog").then((m) => ({ default: m.AddRegistrantDialog })));
const QuestionsDialog = lazy(() => import("@/components/registrants/questions-dialog").then((m) => ({ default: m.QuestionsDialog })));

const approvalText = { 0: "Approved automatically", 1: "Approved by the host", 2: "Registration off" } as const;

export function RegistrantsHeader({ parent, summary, back }: { parent: ScheduledRef; summary: RegistrationSummary; back: ReactNode }) {
  const [open, setOpen] = useState<"add" | "questions" | null>(null);
  const [opened, setOpened] = useState({ add: false, questions: false });
  const show = (which: "add" | "questions") => {
    setOpened((o) => ({ ...o, [which]: true }));
    setOpen(which);
  };
  const { enabled } = summary;
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {back}
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 dark:text-white">
          <span className="block text-sm font-medium text-brand-700 dark:text-brand-100">Registrants</span>
          {summary.parent.topic}
        </h1>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <Badge tone={enabled ? "success" : "neutral"}>{approvalText[summary.parent.approvalType]}</Badge>
          <span>
            {parent.kind === "meeting" ? "Meeting" : "Webinar"} ID <span className="font-mono">{formatMeetingId(parent.id)}</span>
          </span>
        </div>
      </div>
      {enabled ? (
        <div className="flex flex-wrap items-center gap-2 max-sm:w-full max-sm:[&>*]:flex-1">
          <Button variant="secondary" onClick={() => show("questions")}>
            Registration questions
          </Button>
          <RegistrantImport parent={parent} summary={summary} />
          <Button onClick={() => show("add")}>Add registrant</Button>
        </div>
      ) : null}
      <Suspense fallback={null}>
        {opened.add ? <AddRegistrantDialog key={JSON.stringify(summary.questions)} open={open === "add"} onClose={() => setOpen(null)} parent={parent} summary={summary} /> : null}
        {opened.questions ? <QuestionsDialog key={JSON.stringify(summary.questions)} open={open === "questions"} onClose={() => setOpen(null)} parent={parent} summary={summary} /> : null}
      </Suspense>
    </div>
  );
}
