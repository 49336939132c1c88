/** Everyone who can host in the account, for the admins' host picker (all pages, active users). */
import { route } from "@/lib/api/route";
import { zoomAccountContext } from "@/lib/zoom/actor";
import { listAllActiveUsers } from "@/lib/zoom/users";

export const GET = route({ access: "admin" }, async ({ viewer }) => {
  const ctx = await zoomAccountContext(viewer);
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
});
