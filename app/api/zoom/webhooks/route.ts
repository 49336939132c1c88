import { receiveWebhook } from "@/lib/webhooks/receive";

/** Zoom's event notifications: signed by the app's secret token, not by a session (see lib/webhooks/receive.ts). */
export async function POST(req: Request): Promise<Response> {
  const res = await receiveWebhook(req);
  res.headers.set("cache-control", "no-store");
  return res;
}
