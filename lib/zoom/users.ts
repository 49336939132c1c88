/** Zoom's user operations (Users API), one function per operation. */
import { zoomFetch } from "@/lib/zoom/client";
import type { ZoomContext } from "@/lib/zoom/context";
import { collectAll } from "@/lib/zoom/paginate";
import type { UserStatus, UserType, ZoomUser, ZoomUserCreated, ZoomUserList, ZoomUserSummary } from "@/lib/zoom/types/user";

/** `GET /users` (`users`, admin): one page; the caller follows the token. */
export async function listUsers(ctx: ZoomContext, options: { status: UserStatus; pageSize: number; nextPageToken?: string | null }): Promise<ZoomUserList> {
  const { data } = await zoomFetch<ZoomUserList>(ctx, "/users", {
    operation: "users",
    query: { status: options.status, page_size: options.pageSize, next_page_token: options.nextPageToken },
  });
  return data;
}

/** Every active user of the account (for the host picker), up to `max`; Zoom pages by 2,000 at most. */
export async function listAllActiveUsers(ctx: ZoomContext, max = 5000): Promise<{ users: ZoomUserSummary[]; truncated: boolean }> {
  const { items, truncated } = await collectAll<ZoomUserList, "users">(ctx, "/users", "users", {
    operation: "users",
    query: { status: "active" },
    pageSize: 2000,
    maxItems: max,
  });
  return { users: items, truncated };
}

/** `GET /users/{userId}` (`user`). */
export async function getUser(ctx: ZoomContext, userId: string): Promise<ZoomUser> {
  const { data } = await zoomFetch<ZoomUser>(ctx, `/users/${encodeURIComponent(userId)}`, { operation: "user" });
  return data;
}

export interface NonLoginUser {
  email: string;
  firstName: string;
  lastName: string;
  displayName: string;
  type: UserType;
}

/** `POST /users` with `action: custCreate` (`userCreate`, 201). Never retried. */
export async function createNonLoginUser(ctx: ZoomContext, input: NonLoginUser): Promise<ZoomUserCreated> {
  const { data } = await zoomFetch<ZoomUserCreated>(ctx, "/users", {
    method: "POST",
    operation: "userCreate",
    body: {
      action: "custCreate",
      user_info: {
        email: input.email,
        first_name: input.firstName,
        ...(input.lastName ? { last_name: input.lastName } : {}),
        ...(input.displayName ? { display_name: input.displayName } : {}),
        type: input.type,
      },
    },
  });
  return data;
}

export interface UserPage {
  users: ZoomUserSummary[];
  nextPageToken: string | null;
  totalRecords: number | null;
}

export function toUserPage(list: ZoomUserList): UserPage {
  return { users: list.users ?? [], nextPageToken: list.next_page_token || null, totalRecords: list.total_records ?? null };
}
