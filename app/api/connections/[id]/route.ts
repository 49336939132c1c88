import { ApiError } from "@/lib/errors/api-error";
import { route } from "@/lib/api/route";
import { manageableConnection } from "@/lib/auth/connections";
import { revokeAndDelete } from "@/lib/auth/token-vault";
import { connectionParamsSchema } from "@/lib/schemas/connection";

/** Disconnect: revoke at Zoom, then delete here. Your own connection, or (owners) the account's. */
export const DELETE = route({ access: "member", params: connectionParamsSchema, audit: { action: "connection.disconnect", target: { type: "connection", param: "id" } } }, async ({ viewer, params }) => {
  const connection = await manageableConnection(viewer, params.id);
  if (!connection) throw new ApiError("not_found", "There is no connection with this id that you can disconnect.");
  const outcome = await revokeAndDelete(connection.id);
  if (!outcome.ok) {
    throw new ApiError("zoom_unavailable", `Zoom could not be reached to revoke the token (${outcome.failure.reason}), so nothing was deleted. Try again.`);
  }
  return { disconnected: true, revokedAtZoom: outcome.revokedAtZoom };
});
