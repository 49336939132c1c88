/** Zoom's webinar lists (`type` of `GET /users/{userId}/webinars`), as tabs. */
import type { WebinarTab } from "@/lib/queries/webinars";

export const WEBINAR_TABS: { value: WebinarTab; label: string; empty: string }[] = [
  { value: "upcoming", label: "Upcoming", empty: "No upcoming webinars." },
  { value: "scheduled", label: "All scheduled", empty: "No scheduled webinars." },
];

export function parseWebinarTab(value: string | null | undefined): WebinarTab {
  return value === "scheduled" ? "scheduled" : "upcoming";
}
