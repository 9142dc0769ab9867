/**
 * Properties of `normalize` over arbitrary input (fast-check): it never throws, it is idempotent,
 * every span it reports lies inside the input and says what the input holds there, and the result
 * validates against its schema. Inputs mix random Unicode (lone surrogates and controls included)
 * with the characters that wake the repair passes: legacy code-page letters, VIQR marks, mojibake
 * pieces, combining marks, look-alikes and odd spaces.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalize } from "../src/normalize/normalize.js";
import { NormalizeResult } from "../src/schema/normalize.js";

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
  for (const c of n.changes) {
    expect(c.span.start).toBeGreaterThanOrEqual(0);
    expect(c.span.end).toBeLessThanOrEqual(input.length);
    expect(c.span.start).toBeLessThanOrEqual(c.span.end);
    expect(c.before).toBe(input.slice(c.span.start, c.span.end));
  }
  for (const d of n.damage) {
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeLessThanOrEqual(input.length);
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

describe("normalize over arbitrary input", () => {
  test("never throws; spans and changes point into the input; the schema holds", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        checkResult(s);
      }),
      { numRuns: 800 },
    );
  });

  test("is idempotent: normalising the output again changes nothing", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 800 },
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
        for (const c of once.changes) expect(c.before).toBe(s.slice(c.span.start, c.span.end));
        // A named legacy encoding reads every word in it, so a second pass would read again.
        if (typeof o.legacy !== "string") expect(normalize(once.text, o).text).toBe(once.text);
      }),
      { numRuns: 400 },
    );
  });

  test("lone surrogates are kept and reported as damage", () => {
    const n = normalize("a\ud800b\udc00c");
    expect(n.text).toBe("a\ud800b\udc00c");
    expect(n.damage.map((d) => d.kind)).toEqual(["lone-surrogate", "lone-surrogate"]);
  });

  test("1 MB inputs of mixed junk give a valid result", { timeout: 120_000 }, () => {
    const big = fc.sample(piecewise, 400).join("\n").repeat(4).slice(0, 1_000_000);
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
