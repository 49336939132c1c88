/**
 * Account-wide reads and the home page for a viewer: templates, users, the host picker, home.
 * Access: members see their own; admins reach the account through its connection.
 */
import "server-only";
import type { Viewer } from "@/lib/auth/viewer-type";
import { accountContext, actorFor } from "@/lib/services/access";
import { homeData, type HomeData } from "@/lib/zoom/home";
import { listMeetingTemplates, listWebinarTemplates } from "@/lib/zoom/templates";
import type { ZoomTemplate } from "@/lib/zoom/types/template";
import type { UserStatus } from "@/lib/zoom/types/user";
import { createNonLoginUser, listAllActiveUsers, listUsers, toUserPage, type NonLoginUser, type UserPage } from "@/lib/zoom/users";

export interface TemplateList {
  kind: "meeting" | "webinar";
  templates: ZoomTemplate[];
}

export async function templatesFor(viewer: Viewer, kind: "meeting" | "webinar", userId = "me"): Promise<TemplateList> {
  const actor = await actorFor(viewer, userId);
  const templates = kind === "meeting" ? await listMeetingTemplates(actor.ctx, actor.userId) : await listWebinarTemplates(actor.ctx, actor.userId);
  return { kind, templates };
}

export async function userPageFor(viewer: Viewer, query: { status: UserStatus; page_size: number; next_page_token?: string }): Promise<UserPage> {
  const ctx = await accountContext(viewer);
  return toUserPage(await listUsers(ctx, { status: query.status, pageSize: query.page_size, nextPageToken: query.next_page_token }));
}

/** A non-login (custCreate) user of the account: admins only. */
export async function createNonLoginUserFor(viewer: Viewer, input: NonLoginUser) {
  return createNonLoginUser(await accountContext(viewer), input);
}

export interface HostOption {
  id: string;
  email: string;
  name: string;
  timezone: string | null;
}

export interface HostList {
  hosts: HostOption[];
  truncated: boolean;
}

/** Everyone who can host (types 1 and 2, active), sorted by name — the admins' host picker. */
export async function hostsFor(viewer: Viewer): Promise<HostList> {
  const ctx = await accountContext(viewer);
  const { users, truncated } = await listAllActiveUsers(ctx);
  const hosts = users
    .filter((user) => user.type !== 4 && user.type !== 99)
    .map((user) => ({
      id: user.id,
      email: user.email,
      name: user.display_name || [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email,
      timezone: user.timezone ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { hosts, truncated };
}

export async function homeFor(viewer: Viewer, scope: "me" | "account"): Promise<HomeData> {
  const self = { id: "me", name: viewer.name };
  if (scope === "account") return homeData(await accountContext(viewer), "account", self);
  const actor = await actorFor(viewer, "me");
  return homeData(actor.ctx, "me", self);
}
