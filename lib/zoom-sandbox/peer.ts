/**
 * What the host knows about who sent a request. The node server knows the socket's address; the
 * Next mount only has what Next reports (see lib/server/sandbox-mount.ts for how far to trust it).
 */
import { isIP } from "node:net";

export interface Peer {
  /** The client's IP address, when the host knows it. */
  remoteAddress?: string;
}

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms; anything unknown is not loopback. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const bare = address.trim().replace(/^\[|\]$/g, "").replace(/^::ffff:/i, "");
  if (isIP(bare) === 4) return bare.startsWith("127.");
  return isIP(bare) === 6 && /^(0{0,4}:){7}0{0,3}1$|^::1$/.test(bare);
}
