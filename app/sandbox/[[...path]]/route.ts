import { mountedSandbox, peerOf } from "@/lib/server/sandbox-mount";

export const dynamic = "force-dynamic";

/** Everything under /sandbox is the sandbox's own HTTP surface (OAuth pages, /v2 REST, control API when enabled). */
async function handle(request: Request): Promise<Response> {
  const sandbox = mountedSandbox();
  if (!sandbox) return Response.json({ error: { code: "not_found", message: "The demo sandbox is off: this dashboard talks to Zoom." } }, { status: 404 });
  const response = await sandbox.fetch(request, peerOf(request));
  // Demo work must survive a restart: once a change is answered, it is on disk.
  if (request.method !== "GET") await sandbox.flush();
  return response;
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
