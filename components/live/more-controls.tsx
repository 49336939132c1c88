"use client";

/**
 * The other in-meeting controls Zoom's `inMeetingControl` documents: the waiting room's message,
 * dial-out by phone or to a room system (these two work before the meeting starts), and AI Companion.
 */
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ActionOutcome, DisabledReason } from "@/components/live/action-outcome";
import { useControl } from "@/components/live/use-control";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { liveEventSchema, type LiveEvent } from "@/lib/schemas/live";
import type { ControlAvailability, LiveControlId } from "@/lib/zoom/types/live";

type Controls = Record<LiveControlId, ControlAvailability>;

function ControlForm({ title, meetingId, availability, build, label, submit, children }: {
  title: string;
  meetingId: string;
  availability: ControlAvailability;
  build: () => unknown;
  label: string;
  submit: string;
  children: ReactNode;
}) {
  const reasonId = useId();
  const [error, setError] = useState<string>();
  const { send, outcome, pending } = useControl(meetingId);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = liveEventSchema.safeParse(build());
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    await send(parsed.data as LiveEvent, label);
  };
  return (
    <Card title={title}>
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <fieldset disabled={!availability.enabled || pending} className="space-y-3">
          {children}
        </fieldset>
        {error ? <p className="text-sm text-red-700 dark:text-red-400">{error}</p> : null}
        <Button type="submit" variant="secondary" disabled={!availability.enabled || pending} aria-describedby={availability.reason ? reasonId : undefined}>
          {pending ? "Sending…" : submit}
        </Button>
      </form>
      <DisabledReason id={reasonId} reason={availability.reason} />
      <ActionOutcome outcome={outcome} />
    </Card>
  );
}

export function WaitingRoomForm({ meetingId, controls }: { meetingId: string; controls: Controls }) {
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  return (
    <ControlForm
      title="Waiting room message"
      meetingId={meetingId}
      availability={controls.waitingRoom}
      label="Waiting room updated"
      submit="Update waiting room"
      build={() => ({ method: "waiting_room.update", params: { ...(title ? { waiting_room_title: title } : {}), ...(description ? { waiting_room_description: description } : {}) } })}
    >
      <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={256} />
      <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />
    </ControlForm>
  );
}

export function DialOutForm({ meetingId, controls }: { meetingId: string; controls: Controls }) {
  const [target, setTarget] = useState<"phone" | "h323" | "sip">("phone");
  const [name, setName] = useState("");
  const [address, setAddress] = useState("");
  const build = () =>
    target === "phone"
      ? { method: "participant.invite.callout", params: { phone_number: address, ...(name ? { invitee_name: name } : {}) } }
      : { method: "participant.invite.room_system_callout", params: { call_type: target, device_ip: address } };
  return (
    <ControlForm title="Dial out" meetingId={meetingId} availability={controls.dialOut} label={target === "phone" ? "Calling the phone" : "Calling the room system"} submit="Call" build={build}>
      <SelectField label="Call" value={target} onChange={(e) => setTarget(e.target.value as typeof target)}>
        <option value="phone">A phone number</option>
        <option value="h323">A room system (H.323)</option>
        <option value="sip">A room system (SIP)</option>
      </SelectField>
      {target === "phone" ? <TextField label="Name shown in the meeting" value={name} onChange={(e) => setName(e.target.value)} maxLength={64} /> : null}
      <TextField
        label={target === "phone" ? "Phone number" : "Device IP address or URI"}
        hint={target === "phone" ? "With country and area code; add -extension to dial one." : undefined}
        value={address}
        onChange={(e) => setAddress(e.target.value)}
      />
    </ControlForm>
  );
}

export function AiCompanionForm({ meetingId, controls }: { meetingId: string; controls: Controls }) {
  const [action, setAction] = useState<"ai_companion.start" | "ai_companion.stop" | "ai_companion.disable">("ai_companion.start");
  const [mode, setMode] = useState<"all" | "summary" | "questions">("all");
  const labels = { "ai_companion.start": "AI Companion started", "ai_companion.stop": "AI Companion stopped", "ai_companion.disable": "AI Companion disabled" };
  return (
    <ControlForm
      title="AI Companion"
      meetingId={meetingId}
      availability={controls.aiCompanion}
      label={labels[action]}
      submit="Send to Zoom"
      build={() => (action === "ai_companion.disable" ? { method: action } : { method: action, params: { ai_companion_mode: mode } })}
    >
      <div className="grid grid-cols-2 gap-3">
        <SelectField label="Action" value={action} onChange={(e) => setAction(e.target.value as typeof action)}>
          <option value="ai_companion.start">Start</option>
          <option value="ai_companion.stop">Stop</option>
          <option value="ai_companion.disable">Disable for this meeting</option>
        </SelectField>
        <SelectField label="Mode" value={mode} onChange={(e) => setMode(e.target.value as typeof mode)} disabled={action === "ai_companion.disable"}>
          <option value="all">All</option>
          <option value="summary">Summary</option>
          <option value="questions">Questions</option>
        </SelectField>
      </div>
    </ControlForm>
  );
}
