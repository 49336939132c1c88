import { describe, expect, it } from "vitest";
import { createSingleFlight } from "@/lib/auth/single-flight";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("single flight", () => {
  it("runs the work once for 100 concurrent callers of one key, and all get its result", async () => {
    const flight = createSingleFlight<string>();
    const gate = deferred<string>();
    let runs = 0;
    const work = () => {
      runs += 1;
      return gate.promise;
    };
    const callers = Array.from({ length: 100 }, () => flight.run("conn-1", work));
    await Promise.resolve();
    gate.resolve("token-2");
    expect(await Promise.all(callers)).toEqual(Array(100).fill("token-2"));
    expect(runs).toBe(1);
    expect(flight.pending()).toBe(0);
  });

  it("keeps keys apart", async () => {
    const flight = createSingleFlight<string>();
    const runs: string[] = [];
    const results = await Promise.all(
      ["a", "b", "a", "b"].map((key) =>
        flight.run(key, async () => {
          runs.push(key);
          return key.toUpperCase();
        }),
      ),
    );
    expect(results).toEqual(["A", "B", "A", "B"]);
    expect(runs.sort()).toEqual(["a", "b"]);
  });

  it("shares a failure with everyone waiting, then lets the next caller try afresh", async () => {
    const flight = createSingleFlight<string>();
    const gate = deferred<string>();
    const first = flight.run("conn", () => gate.promise);
    const second = flight.run("conn", () => Promise.resolve("never used"));
    gate.reject(new Error("invalid_grant"));
    await expect(first).rejects.toThrow("invalid_grant");
    await expect(second).rejects.toThrow("invalid_grant");
    await expect(flight.run("conn", () => Promise.resolve("fresh"))).resolves.toBe("fresh");
  });

  it("starts new work for callers that arrive after the previous flight settled", async () => {
    const flight = createSingleFlight<number>();
    let runs = 0;
    await flight.run("k", async () => ++runs);
    await flight.run("k", async () => ++runs);
    expect(runs).toBe(2);
  });

  it("turns a synchronous throw into a shared rejection instead of escaping", async () => {
    const flight = createSingleFlight<string>();
    await expect(
      flight.run("k", () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(flight.pending()).toBe(0);
  });
});
