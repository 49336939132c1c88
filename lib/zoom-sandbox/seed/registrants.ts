/**
 * Seeded registrants. Registration must be on for a parent to have registrants, so the seed turns it
 * on (approval_type 0 or 1) for a few upcoming scheduled meetings and webinars when the core seed
 * left it off. One webinar (manual approval) gets well over 300 registrants, 340 of them approved,
 * so listing it needs paging; automatic-approval parents get no pending registrants.
 */
import { newShortId, newUserId } from "../ids";
import type { SandboxMeeting, SandboxRegistrant, SandboxState, SandboxWebinar } from "../types";
import { person } from "./attendees";

type Parent = SandboxMeeting | SandboxWebinar;

const BIG_WEBINAR = { approved: 340, pending: 25, denied: 10, cancelled: 5 };
const SMALL = { approved: 12, pending: 4, denied: 2, cancelled: 1 };

function upcoming(parent: Parent, now: Date): boolean {
  return !parent.deleted_at && Boolean(parent.start_time) && Date.parse(parent.start_time!) > now.getTime();
}

function enableRegistration(parent: Parent, approval: 0 | 1): void {
  const current = Number(parent.settings.approval_type ?? 2);
  if (current === 0 || current === 1) return;
  parent.settings.approval_type = approval;
  parent.settings.registration_type ??= 1;
}

function addRegistrants(
  state: SandboxState,
  random: () => number,
  now: Date,
  kind: SandboxRegistrant["kind"],
  parent: Parent,
  counts: typeof SMALL,
): void {
  const src = { state, random };
  // Automatic approval leaves nobody pending.
  const effective = Number(parent.settings.approval_type) === 0 ? { ...counts, approved: counts.approved + counts.pending, pending: 0 } : counts;
  let n = 0;
  for (const [status, count] of Object.entries(effective) as [SandboxRegistrant["status"], number][]) {
    for (let i = 0; i < count; i++, n++) {
      const p = person(random, n);
      state.registrants.push({
        id: newUserId(src),
        kind,
        parent_id: parent.id,
        email: p.email,
        first_name: p.first_name,
        last_name: p.last_name,
        status,
        // One hour apart, oldest first, so listings have a stable order.
        create_time: new Date(now.getTime() - (500 - n) * 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
        join_url: `/${kind === "meeting" ? "j" : "w"}/${parent.id}?tk=${newShortId(src, 43)}`,
        occurrence_ids: [],
        fields: { org: p.org, job_title: p.job_title, country: "US" },
      });
    }
  }
}

export function seedRegistrants(state: SandboxState, random: () => number, now: Date): void {
  const meetings = state.meetings.filter((m) => (m.type === 2 || m.type === 8) && upcoming(m, now)).slice(0, 3);
  meetings.forEach((m, i) => {
    enableRegistration(m, i === 1 ? 1 : 0);
    addRegistrants(state, random, now, "meeting", m, SMALL);
  });
  const webinars = state.webinars.filter((w) => (w.type === 5 || w.type === 9) && upcoming(w, now));
  // The big one prefers manual approval, so its 300+ registrants are spread over every status.
  const big = webinars.find((w) => Number(w.settings.approval_type) === 1) ?? webinars[0];
  const small = webinars.find((w) => w !== big);
  if (big) {
    enableRegistration(big, 1);
    addRegistrants(state, random, now, "webinar", big, BIG_WEBINAR);
  }
  if (small) {
    enableRegistration(small, 0);
    addRegistrants(state, random, now, "webinar", small, SMALL);
  }
}
