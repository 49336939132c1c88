/** Everyone who can host in the account, for the admins' host picker (all pages, active users). */
import { route } from "@/lib/api/route";
import { hostsFor } from "@/lib/services/account";

export const GET = route({ access: "admin" }, async ({ viewer }) => hostsFor(viewer));
