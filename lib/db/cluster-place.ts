/**
 * Where the embedded PostgreSQL's binaries and cluster live, and as whom it runs.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` system user — which
 * cannot reach anything below a 0700 folder such as /root/<clone> (npm's copy of the binaries) or
 * a 0700 DATA_DIR. As root we therefore keep both in a root-owned 0755 folder that user can
 * traverse: /var/lib/zoom-dashboard (persistent across reboots, unlike /tmp, which systemd cleans):
 *   postgres-<hash of the binaries>/  a copy of the package's bin/, lib/, share/ (shared, read-only)
 *   <hash of DATA_DIR/postgres>/postgres/  the cluster (postgres:postgres, 0700), one per DATA_DIR
 * and DATA_DIR/postgres becomes a symlink to that cluster, so the data is still found from DATA_DIR.
 * As any other user everything stays where it is.
 */
import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const DEFAULT_STATE_ROOT = "/var/lib/zoom-dashboard";

export interface RunAs {
  uid: number;
  gid: number;
}

export interface ClusterPlace {
  /** Folder with bin/postgres and bin/initdb. */
  nativeDir: string;
  /** The cluster itself. */
  dataDir: string;
  /** Set when running as root: the server runs as this user, and dataDir is outside DATA_DIR. */
  runAs?: RunAs;
  /** The folder created for this cluster (removed when it fails to initialise or is discarded). */
  home?: string;
  /** A cluster an earlier start as root left in DATA_DIR/postgres, moved to dataDir just now. */
  movedFrom?: string;
}

export class ClusterPlaceError extends Error {
  override name = "ClusterPlaceError";
}

export const isRoot = () => process.getuid?.() === 0;

const shortHash = (data: string | Buffer) => createHash("sha256").update(data).digest("hex").slice(0, 16);

function idOf(flag: "-u" | "-g"): number {
  return Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
}

function groupExists(): boolean {
  try {
    execFileSync("getent", ["group", "postgres"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function postgresUser(): RunAs {
  try {
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch {
    // No such user yet: create a system user without a home or a login shell.
  }
  try {
    const group = groupExists() ? ["--gid", "postgres"] : ["--user-group"];
    execFileSync("useradd", ["--system", ...group, "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", "postgres"], { stdio: "ignore" });
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch (error) {
    throw new ClusterPlaceError(
      `PostgreSQL cannot run as root and no "postgres" system user could be created (${(error as Error).message.split("\n")[0]}); create one (useradd --system postgres), run as another user, or set DATABASE_URL.`,
    );
  }
}

/** Makes a copied tree world-readable (and executables world-executable), whatever umask npm ran under. */
function openUp(dir: string) {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) openUp(full);
    else if (entry.isFile()) fs.chmodSync(full, fs.statSync(full).mode & 0o100 ? 0o755 : 0o644);
  }
}

/** A shared copy of the binaries, made once per binary version; the rename makes it all-or-nothing. */
function copyBinaries(nativeDir: string, stateRoot: string): string {
  const version = shortHash(Buffer.concat(["postgres", "initdb"].map((name) => fs.readFileSync(path.join(nativeDir, "bin", name)))));
  const target = path.join(stateRoot, `postgres-${version}`);
  if (fs.existsSync(path.join(target, "bin", "postgres"))) return target;
  const temp = `${target}.tmp-${process.pid}`;
  try {
    fs.cpSync(nativeDir, temp, { recursive: true, verbatimSymlinks: true });
    openUp(temp);
    fs.renameSync(temp, target);
  } catch (error) {
    // Another process may have placed the same copy first.
    if (!fs.existsSync(path.join(target, "bin", "postgres"))) throw error;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return target;
}

function chownTree(dir: string, { uid, gid }: RunAs) {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    fs.lchownSync(path.join(entry.parentPath, entry.name), uid, gid);
  }
}

/** Moves a cluster an older version initialised inside DATA_DIR (same disk: rename; else copy). */
function moveLegacyCluster(from: string, to: string, owner: RunAs) {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    chownTree(to, owner);
    fs.rmSync(from, { recursive: true, force: true });
  }
}

/** Points DATA_DIR/postgres at the relocated cluster, unless something else already lives there. */
function linkFromDataDir(requested: string, dataDir: string) {
  const current = fs.lstatSync(requested, { throwIfNoEntry: false });
  if (current?.isSymbolicLink() && fs.readlinkSync(requested) === dataDir) return;
  if (current?.isSymbolicLink()) fs.unlinkSync(requested);
  else if (current?.isDirectory() && fs.readdirSync(requested).length === 0) fs.rmdirSync(requested);
  else if (current) return;
  fs.mkdirSync(path.dirname(requested), { recursive: true, mode: 0o700 });
  fs.symlinkSync(dataDir, requested);
}

/**
 * The cluster home DATA_DIR/postgres links to, when DATA_DIR was moved since (its recorded owner
 * is gone): the data follows the folder. A copy, whose original still exists, gets its own cluster.
 */
function movedHome(requested: string, stateRoot: string): string | undefined {
  if (!fs.lstatSync(requested, { throwIfNoEntry: false })?.isSymbolicLink()) return undefined;
  const home = path.dirname(fs.readlinkSync(requested));
  if (path.dirname(home) !== stateRoot || !fs.existsSync(path.join(home, "postgres", "PG_VERSION"))) return undefined;
  const ownerFile = path.join(home, "DATA_DIR");
  const owner = fs.existsSync(ownerFile) ? fs.readFileSync(ownerFile, "utf8").trim() : "";
  return !owner || owner === path.dirname(requested) || !fs.existsSync(path.join(owner, "postgres")) ? home : undefined;
}

/**
 * The home for a DATA_DIR that has no cluster yet. Usually named after its path; but when that home
 * already holds a cluster and this DATA_DIR does not link to it, it is what an earlier DATA_DIR at the
 * same path left behind (a deleted clone, cloned again): that cluster's password is in the deleted
 * folder's secrets, so it is left alone and this DATA_DIR gets a cluster of its own.
 */
function freshHome(requested: string, stateRoot: string): string {
  const named = path.join(stateRoot, shortHash(requested));
  const linked = fs.lstatSync(requested, { throwIfNoEntry: false });
  if (linked || !fs.existsSync(path.join(named, "postgres", "PG_VERSION"))) return named;
  return path.join(stateRoot, `${shortHash(requested)}-${shortHash(randomUUID()).slice(0, 8)}`);
}

/**
 * Decides (and prepares) where the cluster for `requested` (DATA_DIR/postgres) lives.
 * Errors are one sentence (ClusterPlaceError) or the file-system error that made it impossible.
 */
export function placeCluster(requested: string, nativeDir: string, stateRoot = DEFAULT_STATE_ROOT): ClusterPlace {
  const resolved = path.resolve(requested);
  if (!isRoot()) return { nativeDir, dataDir: resolved };

  const runAs = postgresUser();
  fs.mkdirSync(stateRoot, { recursive: true, mode: 0o755 });
  fs.chmodSync(stateRoot, 0o755);
  const binaries = copyBinaries(nativeDir, stateRoot);
  const home = movedHome(resolved, stateRoot) ?? freshHome(resolved, stateRoot);
  const dataDir = path.join(home, "postgres");
  fs.mkdirSync(home, { recursive: true, mode: 0o755 });
  // Tells an administrator which DATA_DIR this cluster belongs to.
  fs.writeFileSync(path.join(home, "DATA_DIR"), `${path.dirname(resolved)}\n`, { mode: 0o644 });

  let movedFrom: string | undefined;
  const legacy = fs.lstatSync(resolved, { throwIfNoEntry: false });
  if (legacy?.isDirectory() && fs.existsSync(path.join(resolved, "PG_VERSION")) && !fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    moveLegacyCluster(resolved, dataDir, runAs);
    movedFrom = resolved;
  }
  linkFromDataDir(resolved, dataDir);
  return { nativeDir: binaries, dataDir, runAs, home, movedFrom };
}

/**
 * Removes a DATA_DIR and, when an earlier start as root relocated its cluster, that cluster too
 * (throwaway DATA_DIRs of tests and benchmarks). Only follows a link into the state root.
 */
export function removeDataDir(dataDir: string, stateRoot = DEFAULT_STATE_ROOT) {
  const link = path.join(dataDir, "postgres");
  if (fs.lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) {
    const home = path.dirname(fs.readlinkSync(link));
    if (path.dirname(home) === stateRoot) fs.rmSync(home, { recursive: true, force: true });
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}
