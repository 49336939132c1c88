/**
 * Demo-mode persistence: one JSON file holding the state, the OAuth store (so a restart does not
 * sign anyone out), the control-API configuration and the clock offset. Writes are debounced and
 * atomic (temp file + rename), so a crash never leaves half a file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { OAuthStore } from "./oauth/store";
import type { SandboxConfig } from "./runtime";
import type { SandboxState } from "./types";

export interface Snapshot {
  version: 1;
  savedAt: string;
  state: SandboxState;
  oauth: OAuthStore;
  config: SandboxConfig;
  clockOffsetMs: number;
}

/** Reads a snapshot; a missing file is undefined, an unreadable one is moved aside and ignored. */
export function loadSnapshot(file: string): Snapshot | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Snapshot;
    if (parsed?.version !== 1 || !parsed.state || !Array.isArray(parsed.state.users)) throw new Error("not a sandbox snapshot");
    // Files saved before these slices existed still load.
    parsed.state.liveEvents ??= [];
    parsed.state.registrationQuestions ??= {};
    parsed.state.captionSettings ??= {};
    parsed.state.liveSettings ??= {};
    parsed.state.liveRecordings ??= {};
    return parsed;
  } catch (err) {
    const aside = `${file}.corrupt-${Date.now()}`;
    console.error(`[zoom-sandbox] cannot read ${file} (${(err as Error).message}); moved to ${aside}, starting from the seed`);
    try {
      mkdirSync(path.dirname(aside), { recursive: true });
      renameSync(file, aside);
    } catch {
      // Leave it; we start fresh either way.
    }
    return undefined;
  }
}

export class Persister {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private seq = 0;

  constructor(
    private readonly file: string,
    private readonly debounceMs: number,
    private readonly snapshot: () => Snapshot,
  ) {}

  /** Schedules a write; bursts of mutations produce one write. */
  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.debounceMs);
    this.timer.unref?.();
  }

  /** Writes now (after any write in progress) and resolves when the file is in place. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const body = JSON.stringify(this.snapshot());
    const tmp = `${this.file}.${process.pid}.${++this.seq}.tmp`;
    this.writing = this.writing
      .catch(() => undefined)
      .then(async () => {
        await mkdir(path.dirname(this.file), { recursive: true });
        // Plaintext demo tokens: owner-only, like every secrets file in DATA_DIR.
        await writeFile(tmp, body, { encoding: "utf8", mode: 0o600 });
        await rename(tmp, this.file);
      })
      .catch((err: Error) => {
        console.error(`[zoom-sandbox] could not save ${this.file}: ${err.message}`);
      });
    return this.writing;
  }
}
