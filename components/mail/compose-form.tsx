"use client";

/**
 * Compose or edit one draft: To/Cc/Bcc chips, subject, a formatted body with its plain-text
 * alternative, attachments. Saved automatically while typing (use-auto-save.ts), saved on demand,
 * sent, or deleted after a confirmation.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { AttachmentsField } from "@/components/mail/attachments-field";
import { RecipientInput } from "@/components/mail/recipient-input";
import { htmlToPlain, RichTextEditor } from "@/components/mail/rich-text-editor";
import { useAutoSave, type SaveStatus } from "@/components/mail/use-auto-save";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField, TextField } from "@/components/ui/field";
import { toastError, toastSuccess, ZoomErrorDetails } from "@/components/ui/toast";
import { ApiClientError } from "@/lib/queries/http";
import { useDeleteDraft, useSendDraft } from "@/lib/queries/mail";
import { mailDraftSchema, type MailDraftContent, type MailDraftInput } from "@/lib/schemas/mail";

const empty: MailDraftContent = { to: [], cc: [], bcc: [], subject: "", html: "", text: "", attachments: [] };

function StatusLine({ status }: { status: SaveStatus }) {
  const text =
    status.state === "saving"
      ? "Saving…"
      : status.state === "saved"
        ? `Saved at ${status.at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`
        : status.state === "error"
          ? "Not saved"
          : "";
  return (
    <p role="status" aria-live="polite" className={status.state === "error" ? "text-sm text-red-700 dark:text-red-400" : "text-sm text-slate-500 dark:text-slate-400"}>
      {text}
      {status.state === "error" ? (
        <span className="block">
          <ZoomErrorDetails error={status.error} />
        </span>
      ) : null}
    </p>
  );
}

export function ComposeForm({ draftId, initial, onSaved, onDone }: { draftId: string | null; initial?: MailDraftContent; onSaved: (id: string) => void; onDone: () => void }) {
  const start = initial ?? empty;
  const form = useForm<MailDraftInput, unknown, MailDraftContent>({ resolver: zodResolver(mailDraftSchema), defaultValues: start });
  const { control, register, getValues, setValue, subscribe, handleSubmit, setError, formState } = form;
  // The plain text follows the formatted body until the person edits it themselves.
  const [textEdited, setTextEdited] = useState(() => start.text !== "" && start.text !== htmlToPlain(start.html));
  const followText = useRef(!textEdited);
  useEffect(() => {
    followText.current = !textEdited;
  }, [textEdited]);
  const save = useAutoSave({ initialId: draftId, read: () => getValues(), onSaved });
  const send = useSendDraft();
  const remove = useDeleteDraft();
  const [confirming, setConfirming] = useState(false);

  const { changed } = save;
  useEffect(() => {
    return subscribe({
      formState: { values: true },
      callback: ({ name }) => {
        if (name === "html" && followText.current) setValue("text", htmlToPlain(getValues("html") ?? ""));
        changed();
      },
    });
  }, [subscribe, setValue, getValues, changed]);

  const onSend = handleSubmit(async (draft) => {
    if (!draft.to.length && !draft.cc.length && !draft.bcc.length) return setError("to", { message: "Add at least one recipient." });
    try {
      const id = (await save.flush(true)) ?? undefined;
      if (!id) return;
      await send.mutateAsync({ id, draft });
      await save.close();
      toastSuccess("Sent", `To ${[...draft.to, ...draft.cc, ...draft.bcc].join(", ")}`);
      onDone();
    } catch (error) {
      if (error instanceof ApiClientError) for (const f of error.fields) if (f.field === "to") setError("to", { message: f.message });
      toastError("The message was not sent", error);
    }
  });

  async function onDelete() {
    const id = await save.close();
    try {
      if (id) await remove.mutateAsync(id);
      toastSuccess("Draft deleted");
      onDone();
    } catch (error) {
      toastError("The draft was not deleted", error);
    } finally {
      setConfirming(false);
    }
  }

  async function onClose() {
    try {
      await save.flush();
      onDone();
    } catch (error) {
      toastError("The draft was not saved", error);
    }
  }

  const errors = formState.errors;
  return (
    <form onSubmit={onSend} noValidate className="space-y-4" aria-label={draftId ? "Edit draft" : "New draft"}>
      <div className="space-y-2">
        {(["to", "cc", "bcc"] as const).map((field) => (
          <Controller
            key={field}
            control={control}
            name={field}
            render={({ field: f }) => (
              <RecipientInput label={field === "to" ? "To" : field === "cc" ? "Cc" : "Bcc"} value={f.value ?? []} onChange={f.onChange} error={errors[field]?.message ?? (errors[field] as { root?: { message?: string } } | undefined)?.root?.message} />
            )}
          />
        ))}
      </div>
      <TextField label="Subject" autoComplete="off" error={errors.subject?.message} {...register("subject")} />
      <div className="space-y-1.5">
        <span aria-hidden="true" className="block text-sm font-medium text-slate-800 dark:text-slate-200">
          Message
        </span>
        <Controller control={control} name="html" render={({ field }) => <RichTextEditor label="Message" html={start.html} onChange={field.onChange} />} />
      </div>
      <details className="group rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800" open={textEdited}>
        <summary className="cursor-pointer text-sm font-medium text-slate-700 dark:text-slate-300">Plain-text version</summary>
        <TextAreaField
          className="mt-2"
          label="Plain-text version"
          hideLabel
          rows={6}
          hint={textEdited ? "Edited by you: it no longer follows the formatted message." : "Sent with the formatted message for mail apps that show plain text; it follows the message until you edit it."}
          {...register("text", { onChange: () => setTextEdited(true) })}
        />
      </details>
      <Controller control={control} name="attachments" render={({ field }) => <AttachmentsField value={field.value ?? []} onChange={field.onChange} />} />
      {errors.attachments?.message ? <p className="text-sm text-red-700 dark:text-red-400">{errors.attachments.message}</p> : null}
      <div className="flex flex-wrap items-center gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">
        <Button type="submit" disabled={send.isPending}>
          {send.isPending ? "Sending…" : "Send"}
        </Button>
        <Button variant="secondary" onClick={() => void save.flush(true).catch(() => undefined)}>
          Save
        </Button>
        <Button variant="ghost" onClick={() => void onClose()}>
          Close
        </Button>
        <Button variant="ghost" className="text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950" onClick={() => setConfirming(true)}>
          Delete
        </Button>
        <div className="ml-auto">
          <StatusLine status={save.status} />
        </div>
      </div>
      <ConfirmDialog open={confirming} title="Delete this draft?" confirmLabel="Delete draft" busy={remove.isPending} onConfirm={() => void onDelete()} onCancel={() => setConfirming(false)}>
        The draft is removed from your Zoom mailbox. This cannot be undone.
      </ConfirmDialog>
    </form>
  );
}
