/**
 * Meeting operations. Scopes and rate-limit labels are those of each operation in the API Hub
 * "Meetings" document (macro scopes first, then granular).
 */
import type { RouteDef } from "../types";
import { createMeeting } from "./create";
import { deleteMeeting, updateMeetingStatus } from "./delete";
import { getMeeting } from "./detail";
import { listMeetings, listUpcomingMeetings } from "./list";
import { updateMeeting } from "./update";

export const meetingRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/users/{userId}/meetings",
    operationId: "meetings",
    rateLimit: "MEDIUM",
    scopes: ["meeting:read:admin", "meeting:read", "meeting:read:list_meetings", "meeting:read:list_meetings:admin"],
    handle: listMeetings,
  },
  {
    method: "POST",
    path: "/users/{userId}/meetings",
    operationId: "meetingCreate",
    rateLimit: "LIGHT",
    scopes: ["meeting:write:admin", "meeting:write", "meeting:write:meeting", "meeting:write:meeting:admin"],
    handle: createMeeting,
  },
  {
    method: "GET",
    path: "/meetings/{meetingId}",
    operationId: "meeting",
    rateLimit: "LIGHT",
    scopes: ["meeting:read", "meeting:read:admin", "meeting:read:meeting", "meeting:read:meeting:admin"],
    handle: getMeeting,
  },
  {
    method: "PATCH",
    path: "/meetings/{meetingId}",
    operationId: "meetingUpdate",
    rateLimit: "LIGHT",
    scopes: ["meeting:write", "meeting:write:admin", "meeting:update:meeting:admin", "meeting:update:meeting"],
    handle: updateMeeting,
  },
  {
    method: "DELETE",
    path: "/meetings/{meetingId}",
    operationId: "meetingDelete",
    rateLimit: "LIGHT",
    scopes: ["meeting:write:admin", "meeting:write", "meeting:delete:meeting", "meeting:delete:meeting:admin"],
    handle: deleteMeeting,
  },
  {
    method: "PUT",
    path: "/meetings/{meetingId}/status",
    operationId: "meetingStatus",
    rateLimit: "LIGHT",
    scopes: ["meeting:write:admin", "meeting:write", "meeting:update:status", "meeting:update:status:admin"],
    handle: updateMeetingStatus,
  },
  {
    method: "GET",
    path: "/users/{userId}/upcoming_meetings",
    operationId: "listUpcomingMeeting",
    rateLimit: "MEDIUM",
    scopes: ["meeting:read", "meeting:read:admin", "meeting:read:list_upcoming_meetings", "meeting:read:list_upcoming_meetings:admin"],
    handle: listUpcomingMeetings,
  },
];
