/**
 * Properties of `normalize` over arbitrary input (fast-check): it never throws, it is idempotent,
 * every span it reports lies inside the input and says what the input holds there, every change
 * record agrees with the input and the output, and the result validates against its schema. Inputs
 * mix random Unicode (lone surrogates and controls included) with the characters that wake the
 * repair passes: legacy code-page letters, VIQR marks, mojibake pieces, combining marks,
 * look-alikes and odd spaces. Seeds: see tests/setup/fast-check.ts (`npm run test:fuzz` for more).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalize } from "../src/normalize/normalize.js";
import { type Edit, OffsetMap } from "../src/normalize/offset-map.js";
import { NormalizeResult } from "../src/schema/normalize.js";
import { runs } from "./setup/fast-check.js";

/**
 * Like `expectLinearTime` in helpers/redos.ts, but each size is timed three times and the fastest
 * run counts: the machine is shared, and one slow run must not fail the test. Doubling the input
 * must not more than about double the time (quadratic would be 4x).
 */
function expectLinear(
  fn: (input: string) => unknown,
  make: (size: number) => string,
  size: number,
) {
  const small = make(size);
  const large = make(size * 2);
  fn(small);
  const best = (input: string) => {
    let min = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      fn(input);
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
  const slow = best(large);
  if (slow < 50) return; // too fast to time reliably: linear enough
  const ratio = slow / Math.max(best(small), 1);
  expect(ratio, `time ratio for doubled input: ${ratio.toFixed(2)}`).toBeLessThan(3.5);
}

/** Pieces that exercise every pass. */
const PIECES = [
  ..."aăâeêioôơuưyđ AĂÂEÊIOÔƠUƯYĐ hoàng thuỷ quý giữ người",
  ..."«»©®µ¶·¸¹¨ª¬­äöüñïøùû§¢£¤¥¦ÐðÕõÔ",
  ..."^(+`'?~.\\dD",
  "á»",
  "Ã ",
  "áº­",
  "Ä‘",
  "â€œ",
  "\u0300",
  "\u0301",
  "\u0323",
  "\u0309",
  "\u0303",
  "\u00a0",
  "\u200b",
  "\u00ad",
  "\ufeff",
  "\t",
  "\r\n",
  "\n",
  "  ",
  "с",
  "А",
  "２",
  "\u0093",
  "\ufffd",
  "\ud800",
  "\udc00",
  "T«i ®i häc",
  "Toâi ñi hoïc",
  "To^i ddi ho.c",
  "Quáº­n á»§y",
];

const piecewise = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 4 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(""));

const anyText = fc.oneof(
  piecewise,
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme-composite", maxLength: 60 }),
);

function checkResult(input: string) {
  const n = normalize(input);
  expect(NormalizeResult.safeParse(JSON.parse(JSON.stringify(n))).success).toBe(true);
  expect(n.inputLength).toBe(input.length);
  checkChanges(input, n);
  let damageEnd = 0;
  for (const d of n.damage) {
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeLessThanOrEqual(input.length);
    expect(d.span.start).toBeLessThanOrEqual(d.span.end);
    // In input order, never overlapping.
    expect(d.span.start).toBeGreaterThanOrEqual(damageEnd);
    damageEnd = d.span.end;
  }
  // Any span of the output maps inside the input.
  for (let a = 0; a <= n.text.length; a += Math.max(1, Math.floor(n.text.length / 7))) {
    const span = n.spanToInput({ start: a, end: Math.min(n.text.length, a + 5) });
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(input.length);
    expect(span.start).toBeLessThanOrEqual(span.end);
  }
  return n;
}

/**
 * Every change says what the input held and what the output holds at its two spans; a deletion is
 * an empty text span; changes come in input order; the JSON alignment, read back without the
 * library's helpers, maps as the result's own map does.
 */
function checkChanges(input: string, n: ReturnType<typeof normalize>) {
  let previous = -1;
  for (const c of n.changes) {
    expect(c.span.start).toBeGreaterThanOrEqual(0);
    expect(c.span.end).toBeLessThanOrEqual(input.length);
    expect(c.span.start).toBeLessThanOrEqual(c.span.end);
    expect(c.textSpan.start).toBeLessThanOrEqual(c.textSpan.end);
    expect(c.textSpan.end).toBeLessThanOrEqual(n.text.length);
    expect(c.before).toBe(input.slice(c.span.start, c.span.end));
    expect(c.after).toBe(n.text.slice(c.textSpan.start, c.textSpan.end));
    expect(c.before).not.toBe(c.after);
    expect(c.span.start).toBeGreaterThanOrEqual(previous);
    previous = c.span.start;
  }
  const edits: Edit[] = n.alignment.map(([srcStart, srcEnd, tgtStart, tgtEnd]) => ({
    srcStart,
    srcEnd,
    tgtStart,
    tgtEnd,
  }));
  const rebuilt = OffsetMap.fromEdits(edits, input.length, n.text.length);
  for (let a = 0; a <= n.text.length; a += Math.max(1, Math.floor(n.text.length / 11))) {
    const span = { start: a, end: Math.min(n.text.length, a + 3) };
    expect(rebuilt.spanToSource(span)).toEqual(n.spanToInput(span));
  }
}

describe("normalize over arbitrary input", () => {
  test("never throws; spans and changes point into the input; the schema holds", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        checkResult(s);
      }),
      { numRuns: runs(800) },
    );
  });

  test("is idempotent: normalising the output again changes nothing", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: runs(800) },
    );
  });

  test("with every option set, still never throws and stays idempotent", () => {
    const options = fc.record({
      tone: fc.constantFrom("old", "new", "keep") as fc.Arbitrary<"old" | "new" | "keep">,
      legacy: fc.constantFrom(
        true,
        false,
        "tcvn3",
        "vni",
        "viqr",
        "viscii",
        "cp1258",
      ) as fc.Arbitrary<boolean | "tcvn3">,
      whitespace: fc.constantFrom("tidy", "keep") as fc.Arbitrary<"tidy" | "keep">,
      dashes: fc.constantFrom("tidy", "ascii", "keep") as fc.Arbitrary<"tidy">,
      quotes: fc.constantFrom("tidy", "ascii", "keep") as fc.Arbitrary<"tidy">,
      spaceAfterPunctuation: fc.boolean(),
      invisibles: fc.boolean(),
      lookalikes: fc.boolean(),
      mojibake: fc.boolean(),
    });
    fc.assert(
      fc.property(anyText, options, (s, o) => {
        const once = normalize(s, o);
        checkChanges(s, once);
        // A named legacy encoding reads every word in it, so a second pass would read again.
        if (typeof o.legacy !== "string") expect(normalize(once.text, o).text).toBe(once.text);
      }),
      { numRuns: runs(400) },
    );
  });

  test("lone surrogates are kept and reported as damage", () => {
    const n = normalize("a\ud800b\udc00c");
    expect(n.text).toBe("a\ud800b\udc00c");
    expect(n.damage.map((d) => d.kind)).toEqual(["lone-surrogate", "lone-surrogate"]);
    // Touching ones are one run, one record.
    const run = normalize("a\udc00\udc00\ud800b");
    expect(run.damage.map((d) => [d.kind, d.span.start, d.span.end])).toEqual([
      ["lone-surrogate", 1, 4],
    ]);
    expect(run.damage[0]?.message).toMatch(/^3 lone surrogates/);
  });

  test("1 MB inputs of mixed junk give a valid result", { timeout: 120_000 }, () => {
    const big = fc
      .sample(piecewise, { numRuns: 400, seed: 7 })
      .join("\n")
      .repeat(4)
      .slice(0, 1_000_000);
    const n = checkResult(big);
    expect(n.text.length).toBeGreaterThan(0);
    const binary = String.fromCharCode(
      ...Array.from({ length: 65536 }, (_, i) => (i * 7919) % 65536),
    );
    checkResult(binary.repeat(16));
  });

  test("runs in linear time on pathological input (loose bound; speed is measured in bench/)", () => {
    // Long runs of what makes each pass look closer: VIQR marks, legacy letters, spaces, mojibake.
    const unit = "a^'a.~ T«i®·  Ã Ä‘á» \u0301\u0301 ";
    expectLinear(
      (s) => normalize(s),
      (size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size),
      100_000,
    );
    // One word of 500,000 toned vowels; one line of 500,000 characters of TCVN3-looking junk.
    expectLinear(
      (s) => normalize(s),
      (size) => "à".repeat(size),
      250_000,
    );
    expectLinear(
      (s) => normalize(s),
      (size) => "®·".repeat(size / 2),
      100_000,
    );
  }, 120_000);
});

/** Deterministic pseudo-random numbers (a 31-bit LCG): junk that is the same on every run. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x >> 8;
  };
}

function randomBytes(n: number, seed: number): Uint8Array {
  const next = lcg(seed);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = next() & 0xff;
  return out;
}

/** `n` random UTF-16 code units: lone surrogates, controls, noncharacters, anything. */
function randomUnits(n: number, seed: number): string {
  const next = lcg(seed);
  const units = new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = next() & 0xffff;
  let s = "";
  for (let i = 0; i < n; i += 8192)
    s += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

/** Cheap checks for results too large for `checkResult`: spans inside the input, lists bounded. */
function checkLarge(n: ReturnType<typeof normalize>) {
  const len = n.inputLength;
  let previous = -1;
  for (const c of n.changes) {
    if (c.span.start < previous || c.span.end > len || c.textSpan.end > n.text.length)
      throw new Error(`change out of place: ${JSON.stringify(c.span)}`);
    previous = c.span.start;
  }
  let last: (typeof n.damage)[number] | undefined;
  for (const d of n.damage) {
    if (d.span.start < 0 || d.span.end > len || d.span.start > d.span.end)
      throw new Error(`damage out of place: ${JSON.stringify(d.span)}`);
    if (last !== undefined && d.span.start < last.span.end)
      throw new Error(`damage out of order: ${JSON.stringify(d.span)}`);
    // Runs are joined: two records of one kind never touch.
    if (last !== undefined && last.kind === d.kind && d.span.start === last.span.end)
      throw new Error(`damage run not joined at ${d.span.start}`);
    last = d;
  }
  expect(n.alignment.length).toBeLessThanOrEqual(len + n.text.length);
}

describe("large random input (the review's crash: a spread of 500,000 damage records)", () => {
  test("1 MB of random bytes: normalize gives a valid result", { timeout: 120_000 }, () => {
    const n = normalize(randomBytes(1_000_000, 1));
    checkLarge(n);
    expect(n.damage.length).toBeGreaterThan(0);
    expect(NormalizeResult.safeParse(JSON.parse(JSON.stringify(n))).success).toBe(true);
  });

  test("1 MB of random UTF-16 code units: normalize gives a valid result", {
    timeout: 120_000,
  }, () => {
    const input = randomUnits(1_000_000, 2);
    const n = normalize(input);
    checkLarge(n);
    for (const c of n.changes.slice(0, 2000))
      expect(c.before).toBe(input.slice(c.span.start, c.span.end));
    expect(n.damage.some((d) => d.kind === "lone-surrogate")).toBe(true);
  });

  test("10 MB of random bytes and of random UTF-16 do not throw", { timeout: 300_000 }, () => {
    checkLarge(normalize(randomBytes(10_000_000, 3)));
    checkLarge(normalize(randomUnits(10_000_000, 4)));
  });
});
