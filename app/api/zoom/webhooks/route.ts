import { errorResponse } from "@/lib/api/route";
import { receiveWebhook } from "@/lib/webhooks/receive";

/** Zoom's event notifications: signed by the app's secret token, not by a session (see lib/webhooks/receive.ts). */
export async function POST(req: Request): Promise<Response> {
  // A database that is down answers 500 (Zoom retries), in the API's error shape, never with a stack.
  const res = await receiveWebhook(req).catch((error: unknown) => errorResponse(error));
  res.headers.set("cache-control", "no-store");
  return res;
}
