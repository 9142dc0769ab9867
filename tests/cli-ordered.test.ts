import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, test } from "vitest";
import { inOrder } from "../src/cli/ordered.js";

type U = { size: number; n: number };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function* units(count: number, size = 1, gap = 0): AsyncGenerator<U> {
  for (let n = 0; n < count; n++) {
    if (gap) await sleep(gap);
    yield { n, size };
  }
}

async function collect<R>(g: AsyncGenerator<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of g) out.push(r);
  return out;
}

describe("inOrder", () => {
  test("results come out in input order whatever order they finish in", async () => {
    // Deterministic pseudo-random delays.
    const delay = (n: number) => ((n * 7919) % 13) * 2;
    const run = async (u: U) => {
      await sleep(delay(u.n));
      return u.n;
    };
    const out = await collect(
      inOrder(units(60), run, { maxInFlight: 8, maxBytes: 1e9 }, new AbortController().signal),
    );
    expect(out).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });

  test("never more than maxInFlight units read ahead of the output", async () => {
    let running = 0;
    let peak = 0;
    const run = async (u: U) => {
      running++;
      peak = Math.max(peak, running);
      await sleep(1);
      running--;
      return u.n;
    };
    await collect(
      inOrder(units(40), run, { maxInFlight: 3, maxBytes: 1e9 }, new AbortController().signal),
    );
    expect(peak).toBeLessThanOrEqual(3);
    expect(peak).toBeGreaterThan(1);
  });

  test("the byte budget limits read-ahead, but one unit larger than it still runs", async () => {
    let running = 0;
    let peak = 0;
    const run = async (u: U) => {
      running++;
      peak = Math.max(peak, running);
      await sleep(1);
      running--;
      return u.n;
    };
    const out = await collect(
      inOrder(units(10, 100), run, { maxInFlight: 8, maxBytes: 50 }, new AbortController().signal),
    );
    expect(out).toHaveLength(10);
    expect(peak).toBe(1);
  });

  test("a result is yielded while the input is still arriving", async () => {
    let produced = 0;
    async function* slow(): AsyncGenerator<U> {
      yield { n: 0, size: 1 };
      await sleep(200);
      produced++;
      yield { n: 1, size: 1 };
    }
    const g = inOrder(
      slow(),
      async (u) => u.n,
      { maxInFlight: 8, maxBytes: 1e9 },
      new AbortController().signal,
    );
    const first = await g.next();
    expect(first.value).toBe(0);
    expect(produced).toBe(0);
    await collect(g);
  });

  test("stops at once when aborted, even while waiting for input", async () => {
    const controller = new AbortController();
    async function* stuck(): AsyncGenerator<U> {
      yield { n: 0, size: 1 };
      await new Promise(() => {});
    }
    const g = inOrder(
      stuck(),
      async (u) => u.n,
      { maxInFlight: 2, maxBytes: 1e9 },
      controller.signal,
    );
    expect((await g.next()).value).toBe(0);
    setTimeout(() => controller.abort(), 20);
    expect((await g.next()).done).toBe(true);
  });

  test("memory does not grow with the number of units (constant-memory streaming)", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const heapAfter = async (count: number): Promise<number> => {
      const controller = new AbortController();
      let n = 0;
      for await (const _ of inOrder(
        units(count),
        async (u) => u.n,
        { maxInFlight: 4, maxBytes: 1e9 },
        controller.signal,
      ))
        n++;
      expect(n).toBe(count);
      gc();
      return process.memoryUsage().heapUsed;
    };
    await heapAfter(1000);
    const small = await heapAfter(1000);
    // While one run is going: a leak per unit shows as growth during the run.
    const controller = new AbortController();
    let peak = 0;
    let n = 0;
    for await (const _ of inOrder(
      units(150_000),
      async (u) => u.n,
      { maxInFlight: 4, maxBytes: 1e9 },
      controller.signal,
    )) {
      if (++n % 50_000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    expect((peak - small) / 1e6).toBeLessThan(8);
  }, 60_000);
});
