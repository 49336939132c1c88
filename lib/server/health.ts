import { db } from "@/lib/db/client";

/** "ok", or a short reason the database cannot be used (never the connection string). */
export async function checkDatabase(timeoutMs = 2000): Promise<"ok" | "unreachable" | "not_configured"> {
  try {
    const client = db();
    await Promise.race([
      client.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs)),
    ]);
    return "ok";
  } catch (error) {
    return error instanceof Error && error.message.startsWith("DATABASE_URL is not set") ? "not_configured" : "unreachable";
  }
}
