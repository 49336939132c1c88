/**
 * CPU time a process tree has used, read from /proc (Linux): the bench's most direct figure for
 * what one request costs each server, independent of how the two cores were shared at the time.
 * The dashboard's tree includes its embedded PostgreSQL, so database work counts as the dashboard's.
 * Elsewhere it answers null and the bench leaves the column out.
 */
import fs from "node:fs";

const TICKS_PER_SECOND = 100;

interface Stat {
  ppid: number;
  ticks: number;
  /** The process's name (`postgres`, `node`, `next-server (v16…)`). */
  name: string;
}

function readStat(pid: number): Stat | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: fields are counted after its closing one.
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // After the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    return { ppid: Number(fields[1]), ticks, name: text.slice(text.indexOf("(") + 1, text.lastIndexOf(")")) };
  } catch {
    return null;
  }
}

export interface CpuReading {
  /** Milliseconds of CPU used so far by the tree. */
  totalMs: number;
  /** Of which by PostgreSQL processes (the dashboard's embedded database; 0 for the others). */
  dbMs: number;
}

/** CPU used so far by `root` and all its descendants (one pass over /proc), or null without /proc. */
export function treeCpu(root: number | undefined): CpuReading | null {
  if (!root || !fs.existsSync("/proc/self/stat")) return null;
  const stats = new Map<number, Stat>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.set(Number(entry), stat);
  }
  const inTree = (pid: number): boolean => {
    for (let current = pid, hops = 0; current > 1 && hops < 64; hops++) {
      if (current === root) return true;
      current = stats.get(current)?.ppid ?? 0;
    }
    return false;
  };
  let ticks = 0;
  let dbTicks = 0;
  for (const [pid, stat] of stats) {
    if (!inTree(pid)) continue;
    ticks += stat.ticks;
    if (stat.name === "postgres") dbTicks += stat.ticks;
  }
  return { totalMs: (ticks * 1000) / TICKS_PER_SECOND, dbMs: (dbTicks * 1000) / TICKS_PER_SECOND };
}
