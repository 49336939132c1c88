export type WorkspaceRole = "owner" | "admin" | "member";

/** Who is looking at the dashboard: the signed-in user in their workspace. Safe to send to the browser. */
export interface Viewer {
  userId: string;
  /** The Zoom user behind this dashboard user (their own OAuth/device connection is for this user). */
  zoomUserId: string;
  name: string;
  email: string;
  image: string | null;
  workspaceId: string;
  workspaceName: string;
  role: WorkspaceRole;
}

export const isAdminRole = (role: WorkspaceRole) => role === "owner" || role === "admin";
