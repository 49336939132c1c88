/**
 * Placeholder until sign-in lands: returns the signed-in viewer from the session, or null.
 * The auth module replaces this file.
 */
import type { Viewer } from "@/lib/auth/viewer-type";

export async function getViewer(): Promise<Viewer | null> {
  return null;
}
