import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { uuidSegment } from "../contract/cases/types";
import type { ContractEnv } from "../contract/env";
import type { SandboxClient } from "../contract/sandbox-client";
import { withContractSandbox } from "../contract/contract-sandbox";
import { MEDIA, mediaBytes } from "./media";
import { simulatedBytes } from "./simulated";

let client: SandboxClient;
let env: ContractEnv;

withContractSandbox((started) => ({ client, env } = started));

async function fileUrl(type: string): Promise<{ url: string; size: number }> {
  const rec = env.recording();
  const res = await client.api("GET", `/meetings/${uuidSegment(rec.uuid)}/recordings`);
  const file = res.body.recording_files.find((f: { file_type: string }) => f.file_type === type);
  return { url: file.download_url, size: file.file_size };
}

async function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Response> {
  return fetch(url, { method, headers: { authorization: `Bearer ${await client.accountToken()}`, ...headers } });
}

/** Reads a body to its end or until the connection breaks; how many bytes came and whether it broke. */
async function drain(res: Response): Promise<{ bytes: number; broken: boolean; sha256: string }> {
  const hash = createHash("sha256");
  const reader = res.body!.getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes, broken: false, sha256: hash.digest("hex") };
      bytes += value.length;
      hash.update(value);
    }
  } catch {
    return { bytes, broken: true, sha256: "" };
  }
}

describe("media downloads", () => {
  it("serve the committed MP4 and M4A byte for byte, with their real file_size and Accept-Ranges", async () => {
    for (const [type, kind] of [["MP4", "mp4"], ["M4A", "m4a"]] as const) {
      const { url, size } = await fileUrl(type);
      expect(size).toBe(MEDIA[kind].size);
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get("accept-ranges")).toBe("bytes");
      expect(res.headers.get("content-length")).toBe(String(size));
      expect(Buffer.from(await res.arrayBuffer()).equals(mediaBytes(kind))).toBe(true);
    }
  });

  it("answer bytes=a-b, bytes=a- and bytes=-n with 206, Content-Range and the exact slice", async () => {
    const { url, size } = await fileUrl("MP4");
    const whole = mediaBytes("mp4");
    const cases: [string, number, number][] = [["bytes=0-1023", 0, 1023], [`bytes=${size - 100}-`, size - 100, size - 1], ["bytes=-500", size - 500, size - 1], [`bytes=1000-${size + 50}`, 1000, size - 1]];
    for (const [range, start, end] of cases) {
      const res = await get(url, { range });
      expect(res.status).toBe(206);
      expect(res.headers.get("content-range")).toBe(`bytes ${start}-${end}/${size}`);
      expect(res.headers.get("content-length")).toBe(String(end - start + 1));
      expect(res.headers.get("accept-ranges")).toBe("bytes");
      expect(Buffer.from(await res.arrayBuffer()).equals(whole.subarray(start, end + 1))).toBe(true);
    }
  });

  it("answer a range past the end with 416 and Content-Range: bytes */size", async () => {
    const { url, size } = await fileUrl("M4A");
    const res = await get(url, { range: `bytes=${size}-` });
    expect(res.status).toBe(416);
    expect(res.headers.get("content-range")).toBe(`bytes */${size}`);
    expect(await res.text()).toBe("");
  });

  it("answer HEAD with the headers and no body, and still require the bearer with a Range", async () => {
    const { url, size } = await fileUrl("MP4");
    const head = await get(url, {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(size));
    expect(head.headers.get("content-type")).toBe("video/mp4");
    expect(await head.text()).toBe("");
    const ranged = await get(url, { range: "bytes=0-9" }, "HEAD");
    expect(ranged.status).toBe(206);
    const anonymous = await fetch(url, { headers: { range: "bytes=0-9" } });
    expect(anonymous.status).toBe(401);
    expect((await fetch(url, { method: "HEAD" })).status).toBe(401);
  });

  it("serve the transcript with Range too (text files are files like any other)", async () => {
    const { url } = await fileUrl("TRANSCRIPT");
    const res = await get(url, { range: "bytes=0-5" });
    expect(res.status).toBe(206);
    expect(await res.text()).toBe("WEBVTT");
  });
});

describe("simulated large files (control API)", () => {
  it("adds a file of the asked size and streams its deterministic bytes, whole or by range", async () => {
    const owner = env.owner();
    const bytes = 8 * 1024 * 1024 + 123;
    const made = await client.control("POST", "/recordings/large", { hostEmail: owner.email, bytes });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ hostId: owner.id, bytes, abortAfterBytes: null });
    const listed = await client.api("GET", `/meetings/${uuidSegment(made.body.uuid)}/recordings`);
    expect(listed.body.recording_files[0]).toMatchObject({ id: made.body.fileId, file_type: "MP4", file_size: bytes, download_url: made.body.downloadUrl });

    const whole = await drain(await get(made.body.downloadUrl));
    expect(whole).toEqual({ bytes, broken: false, sha256: createHash("sha256").update(simulatedBytes(bytes, 0, bytes - 1)).digest("hex") });
    const part = await get(made.body.downloadUrl, { range: "bytes=5000000-5000099" });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(simulatedBytes(bytes, 5_000_000, 5_000_099))).toBe(true);
  });

  it("serves the tail of a 2 GiB file by range without producing the rest", async () => {
    const bytes = 2 * 1024 ** 3;
    const made = await client.control("POST", "/recordings/large", { meetingId: env.recording().meeting_id, bytes });
    expect(made.status).toBe(201);
    const head = await get(made.body.downloadUrl, {}, "HEAD");
    expect(head.headers.get("content-length")).toBe(String(bytes));
    const tail = await get(made.body.downloadUrl, { range: "bytes=-16" });
    expect(tail.headers.get("content-range")).toBe(`bytes ${bytes - 16}-${bytes - 1}/${bytes}`);
    expect(Buffer.from(await tail.arrayBuffer()).equals(simulatedBytes(bytes, bytes - 16, bytes - 1))).toBe(true);
  });

  it("cuts the connection after abortAfterBytes, for a simulated file and for any file", async () => {
    const made = await client.control("POST", "/recordings/large", { bytes: 1_000_000, abortAfterBytes: 300_000 });
    const cut = await drain(await get(made.body.downloadUrl));
    expect(cut).toMatchObject({ bytes: 300_000, broken: true });

    const { url, size } = await fileUrl("MP4");
    const fileId = url.split("/").pop()!;
    expect((await client.control("PUT", `/recordings/files/${fileId}/abort`, { abortAfterBytes: 1000 })).body).toEqual({ fileId, abortAfterBytes: 1000 });
    expect(await drain(await get(url))).toMatchObject({ bytes: 1000, broken: true });
    await client.control("PUT", `/recordings/files/${fileId}/abort`, { abortAfterBytes: null });
    expect(await drain(await get(url))).toMatchObject({ bytes: size, broken: false });
  });

  it("refuses sizes over 2 GiB, both meetingId and hostEmail, and unknown meetings, users or files", async () => {
    expect((await client.control("POST", "/recordings/large", { bytes: 2 * 1024 ** 3 + 1 })).status).toBe(400);
    expect((await client.control("POST", "/recordings/large", { bytes: 1000, meetingId: 1, hostEmail: "a@b.c" })).status).toBe(400);
    expect((await client.control("POST", "/recordings/large", { bytes: 1000, meetingId: 12345 })).status).toBe(404);
    expect((await client.control("POST", "/recordings/large", { bytes: 1000, hostEmail: "nobody@example.org" })).status).toBe(404);
    expect((await client.control("PUT", "/recordings/files/nope/abort", { abortAfterBytes: 1 })).status).toBe(404);
  });
});

describe("download_access_token", () => {
  it("lives for ttl seconds of sandbox time, and ttl outside 0–604800 is refused", async () => {
    const rec = env.recording();
    const path = `/meetings/${uuidSegment(rec.uuid)}/recordings`;
    const res = await client.api("GET", path, { query: { include_fields: "download_access_token", ttl: 60 } });
    const url = res.body.recording_files[0].download_url;
    const dat = res.body.download_access_token;
    expect((await fetch(url, { method: "HEAD", headers: { authorization: `Bearer ${dat}` } })).status).toBe(200);
    await client.control("POST", "/clock", { advanceSeconds: 61 });
    expect((await fetch(url, { method: "HEAD", headers: { authorization: `Bearer ${dat}` } })).status).toBe(401);
    for (const ttl of ["604801", "-1", "soon"]) {
      const bad = await client.api("GET", path, { query: { include_fields: "download_access_token", ttl } });
      expect(bad.body).toMatchObject({ code: 300, errors: [{ field: "ttl" }] });
    }
    expect((await client.api("GET", path)).body).not.toHaveProperty("download_access_token");
  });
});
