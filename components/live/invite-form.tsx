"use client";

/** Invite people from the host's account into the live meeting (`participant.invite`, up to 10 at a time). */
import { useId, useState, type FormEvent } from "react";
import { ActionOutcome, DisabledReason } from "@/components/live/action-outcome";
import { useControl } from "@/components/live/use-control";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField } from "@/components/ui/field";
import { liveEventSchema } from "@/lib/schemas/live";
import type { ControlAvailability } from "@/lib/zoom/types/live";

/** Emails and Zoom user ids, separated by commas, spaces or new lines. */
export function contactsFrom(text: string) {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((token) => (token.includes("@") ? { email: token } : { id: token }));
}

export function InviteForm({ meetingId, availability }: { meetingId: string; availability: ControlAvailability }) {
  const reasonId = useId();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const { send, outcome, pending } = useControl(meetingId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = liveEventSchema.safeParse({ method: "participant.invite", params: { contacts: contactsFrom(text) } });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Check the addresses.");
    setError(undefined);
    const count = contactsFrom(text).length;
    if (await send(parsed.data, `Invite ${count === 1 ? "1 person" : `${count} people`}`)) setText("");
  };

  return (
    <Card title="Invite participants">
      <form onSubmit={submit} noValidate className="space-y-3">
        <TextAreaField
          label="Email addresses or Zoom user IDs"
          hint="People in the host's Zoom account; up to 10, separated by commas or new lines. Zoom rings them in their Zoom app."
          rows={2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
          disabled={!availability.enabled}
        />
        <Button type="submit" aria-describedby={availability.reason ? reasonId : undefined} disabled={!availability.enabled || pending || !text.trim()}>
          {pending ? "Inviting…" : "Invite"}
        </Button>
      </form>
      <DisabledReason id={reasonId} reason={availability.reason} />
      <ActionOutcome outcome={outcome} />
    </Card>
  );
}
