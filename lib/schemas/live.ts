/**
 * Input shapes for the live panel: Zoom's in-meeting control body (`inMeetingControl`, one variant
 * per documented `method`, with that method's documented params) and caption lines. Shared by the
 * routes and the panel's forms.
 */
import { z } from "zod";

const noParams = z.object({}).strict().optional();

const contact = z
  .object({ email: z.email("Enter a valid email address.").optional(), id: z.string().trim().min(1).max(64).optional() })
  .strict()
  .refine((c) => c.email || c.id, "Give an email address or a Zoom user id.");

const displayName = z.string().max(64, "At most 64 characters.");

const h323Headers = z.object({ from_display_name: displayName.optional(), to_display_name: displayName.optional() }).strict();

const sipHeaders = h323Headers
  .extend({
    from_uri: z.string().max(256).regex(/^sips?:/, "A SIP URI starts with sip: or sips:.").optional(),
    additional_headers: z
      .array(z.object({ key: z.string().max(32).regex(/^X-/i, "Custom SIP headers start with X-."), value: z.string().max(256) }).strict())
      .min(1)
      .max(10, "At most 10 custom headers.")
      .optional(),
  })
  .strict();

const aiMode = z.enum(["questions", "summary", "all"]);

const variant = <M extends string, P extends z.ZodType>(method: M, params: P) => z.object({ method: z.literal(method), params }).strict();

export const liveEventSchema = z.discriminatedUnion(
  "method",
  [
    variant("recording.start", noParams),
    variant("recording.stop", noParams),
    variant("recording.pause", noParams),
    variant("recording.resume", noParams),
    variant(
      "participant.invite",
      z.object({ contacts: z.array(contact).min(1, "Invite at least one person.").max(10, "Zoom invites at most 10 people at a time.") }).strict(),
    ),
    variant(
      "participant.invite.callout",
      z
        .object({
          invitee_name: z.string().trim().max(64).optional(),
          phone_number: z.string().trim().regex(/^\+?[\d\s()-]{3,32}$/, "Enter a phone number with country and area code, e.g. +1 555 0100."),
          invite_options: z.object({ require_greeting: z.boolean().optional(), require_pressing_one: z.boolean().optional() }).strict().optional(),
        })
        .strict(),
    ),
    variant(
      "participant.invite.room_system_callout",
      z
        .object({
          call_type: z.enum(["h323", "sip"], "Pick H.323 or SIP."),
          device_ip: z.string().trim().min(1, "Enter the room system's IP address or URI.").max(256),
          h323_headers: h323Headers.optional(),
          sip_headers: sipHeaders.optional(),
        })
        .strict(),
    ),
    variant(
      "waiting_room.update",
      z
        .object({ waiting_room_title: z.string().max(256).optional(), waiting_room_description: z.string().max(2000).optional() })
        .strict()
        .refine((p) => p.waiting_room_title !== undefined || p.waiting_room_description !== undefined, "Give a title or a description."),
    ),
    variant("ai_companion.start", z.object({ ai_companion_mode: aiMode.optional(), retain_meeting_transcript: z.boolean().optional() }).strict().optional()),
    variant(
      "ai_companion.stop",
      z.object({ ai_companion_mode: aiMode.optional(), retain_meeting_transcript: z.boolean().optional(), delete_meeting_assets: z.boolean().optional() }).strict().optional(),
    ),
    variant("ai_companion.disable", noParams),
  ],
  { error: "Use one of Zoom's in-meeting control methods (recording.start, participant.invite, …)." },
);

export type LiveEvent = z.infer<typeof liveEventSchema>;
export type LiveMethod = LiveEvent["method"];

/** Methods that work before the meeting is live (Zoom: dial-outs only). */
export const DIAL_OUT_METHODS: readonly LiveMethod[] = ["participant.invite.callout", "participant.invite.room_system_callout"];

/**
 * Zoom shows a caption as at most about two lines under the video, so longer lines are split at
 * word boundaries into posts of this many characters; a single request carries at most a few
 * minutes of speech.
 */
export const CAPTION_CHUNK_CHARS = 200;
export const CAPTION_MAX_CHARS = 2_000;
export const CAPTION_MAX_LINES = 20;

/** `lang` as Zoom's caption URL takes it: a language code and a country code, e.g. en-US. */
export const captionLang = z.string().regex(/^[a-z]{2,3}-[A-Z]{2}$/, "Use a language and country code like en-US.");

export const captionLangQuerySchema = z.object({ lang: captionLang.default("en-US") });

/** Splits typed or pasted text into caption posts: one per non-empty line, long lines at word boundaries. */
export function captionChunks(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/\s+/g, " ").trim();
    while (line.length > CAPTION_CHUNK_CHARS) {
      const cut = line.lastIndexOf(" ", CAPTION_CHUNK_CHARS);
      const at = cut > CAPTION_CHUNK_CHARS / 2 ? cut : CAPTION_CHUNK_CHARS;
      out.push(line.slice(0, at).trim());
      line = line.slice(at).trim();
    }
    if (line) out.push(line);
  }
  return out;
}

export const captionSendSchema = z.object({
  lang: captionLang.default("en-US"),
  text: z
    .string()
    .max(CAPTION_MAX_CHARS, `At most ${CAPTION_MAX_CHARS} characters at a time.`)
    .refine((t) => captionChunks(t).length > 0, "Type a caption first.")
    .refine((t) => captionChunks(t).length <= CAPTION_MAX_LINES, `At most ${CAPTION_MAX_LINES} caption lines at a time.`),
});

export type CaptionSend = z.infer<typeof captionSendSchema>;
