/** The meeting lists Zoom offers (`type` of `GET /users/{userId}/meetings`), as tabs. Shared by the server page and the table. */
import type { MeetingTab } from "@/lib/queries/meetings";

export const MEETING_TABS: { value: MeetingTab; label: string; empty: string }[] = [
  { value: "upcoming", label: "Upcoming", empty: "No upcoming meetings in the next six months." },
  { value: "live", label: "Live", empty: "Nothing is live right now." },
  { value: "previous_meetings", label: "Previous", empty: "No meetings in the last six months." },
  { value: "scheduled", label: "All scheduled", empty: "No scheduled meetings." },
];

export function parseMeetingTab(value: string | null | undefined): MeetingTab {
  return MEETING_TABS.some((tab) => tab.value === value) ? (value as MeetingTab) : "upcoming";
}
