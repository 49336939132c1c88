/** Zoom's user types and statuses in words (Users API: 1 Basic, 2 Licensed, 4 Unassigned without Meetings Basic, 99 None). */
import type { UserStatus, UserType } from "@/lib/zoom/types/user";

export const userTypeLabel: Record<UserType, string> = { 1: "Basic", 2: "Licensed", 4: "Unassigned", 99: "None" };

export const userStatusLabel: Record<UserStatus, string> = { active: "Active", pending: "Pending", inactive: "Deactivated" };

export const canHost = (type: UserType) => type === 1 || type === 2;

export function displayName(user: { display_name?: string; first_name?: string; last_name?: string; email: string }): string {
  return user.display_name || [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email;
}
