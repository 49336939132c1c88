/** Cloud recording operations (Meetings API, "Cloud Recording" tag). */
import type { RouteDef } from "../types";
import { getMeetingRecordings, listUserRecordings } from "./read";
import { deleteMeetingRecordings, deleteRecordingFile, recoverMeetingRecordings, recoverRecordingFile } from "./trash";

export const recordingRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/meetings/{meetingId}/recordings",
    operationId: "recordingGet",
    rateLimit: "LIGHT",
    scopes: [
      "recording:read",
      "phone_recording:read:admin",
      "cloud_recording:read:list_recording_files:admin",
      "cloud_recording:read:list_recording_files",
      "cloud_recording:read:list_recording_files:master",
    ],
    handle: getMeetingRecordings,
  },
  {
    method: "DELETE",
    path: "/meetings/{meetingId}/recordings",
    operationId: "recordingDelete",
    rateLimit: "LIGHT",
    scopes: [
      "recording:write:admin",
      "recording:write",
      "cloud_recording:delete:meeting_recording",
      "cloud_recording:delete:meeting_recording:admin",
      "cloud_recording:delete:meeting_recording:master",
    ],
    handle: deleteMeetingRecordings,
  },
  {
    method: "DELETE",
    path: "/meetings/{meetingId}/recordings/{recordingId}",
    operationId: "recordingDeleteOne",
    rateLimit: "LIGHT",
    scopes: [
      "recording:write:admin",
      "recording:write",
      "cloud_recording:delete:recording_file",
      "cloud_recording:delete:recording_file:admin",
      "cloud_recording:delete:recording_file:master",
    ],
    handle: deleteRecordingFile,
  },
  {
    method: "PUT",
    path: "/meetings/{meetingUUID}/recordings/status",
    operationId: "recordingStatusUpdate",
    rateLimit: "LIGHT",
    scopes: [
      "recording:write:admin",
      "recording:write",
      "cloud_recording:update:recover_meeting_recordings",
      "cloud_recording:update:recover_meeting_recordings:master",
      "cloud_recording:update:recover_meeting_recordings:admin",
    ],
    handle: recoverMeetingRecordings,
  },
  {
    method: "PUT",
    path: "/meetings/{meetingId}/recordings/{recordingId}/status",
    operationId: "recordingStatusUpdateOne",
    rateLimit: "LIGHT",
    scopes: [
      "recording:write:admin",
      "recording:write",
      "cloud_recording:update:recover_single_recording",
      "cloud_recording:update:recover_single_recording:master",
      "cloud_recording:update:recover_single_recording:admin",
    ],
    handle: recoverRecordingFile,
  },
  {
    method: "GET",
    path: "/users/{userId}/recordings",
    operationId: "recordingsList",
    rateLimit: "MEDIUM",
    scopes: [
      "recording:read:admin",
      "recording:read",
      "cloud_recording:read:list_user_recordings",
      "cloud_recording:read:list_user_recordings:master",
      "cloud_recording:read:list_user_recordings:admin",
    ],
    handle: listUserRecordings,
  },
];
