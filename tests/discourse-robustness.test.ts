import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DATE_PATTERNS } from "../src/extract/discourse/dates.js";
import { syllableKey, TOKEN_PATTERN, tokenize } from "../src/extract/discourse/tokens.js";
import { DOCUMENT_NUMBER } from "../src/extract/document/number.js";
import { extractDirectives, extractDocuments, extractEvents } from "../src/index.js";
import { expectSafeRegex } from "./helpers/redos.js";
import { expectSpansPointIntoSource } from "./helpers/spans.js";

const seed = readFileSync(new URL("../fixtures/seed/seed.txt", import.meta.url), "utf8");

const all = (text: string) => ({
  directives: extractDirectives(text),
  events: extractEvents(text),
  documents: extractDocuments(text),
});

describe("any text gives a valid result", () => {
  test("random strings, including lone surrogates and controls, never throw", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        expectSpansPointIntoSource(all(s), s);
      }),
      { numRuns: 200 },
    );
  });

  test("random mixtures of the grammar's own words never throw", () => {
    const words = [
      "đề nghị",
      "yêu cầu",
      "giao",
      "chỉ đạo",
      "các",
      "Sở",
      "Bộ",
      "cần",
      "phải",
      "tiếp tục",
      "hội nghị",
      "lễ",
      "tổ chức",
      "chủ trì",
      "có",
      "Nghị quyết",
      "số",
      "05-CT/TW",
      "ngày",
      "4/8/2017",
      ",",
      ";",
      ":",
      ".",
      "“",
      "”",
      "\n",
      "- ",
      "và",
      "đồng thời",
      "nhằm",
      "để",
      "đặc biệt",
      "từ đó",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 120 }), (parts) => {
        const s = parts.join(" ");
        expectSpansPointIntoSource(all(s), s);
      }),
      { numRuns: 300 },
    );
  });

  test("empty and whitespace", () => {
    for (const s of ["", " ", "\n\n", "\u00a0"]) {
      expect(all(s)).toEqual({ directives: [], events: [], documents: [] });
    }
  });
});

describe("the token scanner", () => {
  /** The tokens the grammar regex gives: what the hand-written scanner must reproduce. */
  const byRegex = (text: string) =>
    [...text.matchAll(new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags))].map((m) => ({
      start: m.index,
      text: m[0],
      kind: m[1] !== undefined ? "word" : m[2] !== undefined ? "num" : "punct",
    }));
  const byScanner = (text: string) =>
    tokenize(text).map((t) => ({ start: t.start, text: t.text, kind: t.kind }));

  test("agrees with the grammar regex on random text", () => {
    const pieces = fc.constantFrom(
      "Quận ủy",
      "04/8/2017",
      "1.455.005.000",
      "GD&ĐT",
      "U23",
      "10,5",
      "2016-",
      "x²",
      "٣",
      "𝐀",
      "🙂",
      "\u00a0",
      "\u2028",
      "–",
      ".,:",
      "e\u0301",
    );
    const texts = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc
        .array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 30 })
        .map((a) => a.join("")),
    );
    fc.assert(
      fc.property(texts, (s) => {
        expect(byScanner(s)).toEqual(byRegex(s));
      }),
      { numRuns: 500 },
    );
  });

  test("records spaces and line breaks before each token", () => {
    expect(tokenize("a b\nc,d").map((t) => [t.text, t.sp, t.nl])).toEqual([
      ["a", true, true],
      ["b", true, false],
      ["c", true, true],
      [",", false, false],
      ["d", false, false],
    ]);
  });

  test("keys put the tone of oa/oe/uy endings on the first vowel, and leave qu alone", () => {
    expect(
      ["hoà", "hòa", "HOÀ", "khoẻ", "uỷ", "Thuỵ", "quý", "hoa", "mùa", "ho\u0300a"].map(
        syllableKey,
      ),
    ).toEqual(["hòa", "hòa", "hòa", "khỏe", "ủy", "thụy", "quý", "hoa", "mùa", "hòa"]);
  });
});

describe("offsets hold when normalisation changes the text", () => {
  test("NFD input: same findings, spans into the NFD string", () => {
    const nfd = seed.normalize("NFD");
    expect(nfd.length).toBeGreaterThan(seed.length);
    const r = all(nfd);
    expect(r.directives).toHaveLength(1);
    expect(r.directives[0]?.actions).toHaveLength(7);
    expect(r.events).toHaveLength(1);
    expect(expectSpansPointIntoSource(r, nfd)).toBeGreaterThan(50);
    expect(r.directives[0]?.issuer?.text.normalize("NFC")).toBe(
      "đồng chí Cao Văn Minh – Phó Bí thư Thường trực Quận ủy",
    );
  });

  test("Windows line breaks and no-break spaces", () => {
    const crlf = seed.replace(/\n/gu, "\r\n");
    const r = all(crlf);
    expect(r.directives[0]?.actions).toHaveLength(7);
    expectSpansPointIntoSource(r, crlf);
  });

  test("new-style tone marks (hoà, uỷ) read like the old style", () => {
    const text =
      "Chủ tịch UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Quận uỷ kiểm tra việc thực hiện.";
    const d = extractDirectives(text)[0];
    expect(d?.addressees.map((a) => a.text)).toEqual(["Sở Y tế"]);
    expectSpansPointIntoSource(d, text);
  });
});

test("the same input gives byte-identical JSON", () => {
  expect(JSON.stringify(all(seed))).toBe(JSON.stringify(all(seed)));
});

/**
 * Like the shared `expectLinearTime`, but each size is timed three times and the fastest run counts,
 * so that another process taking the CPU for a moment (two cores shared by several test runs) does
 * not fail a linear algorithm; quadratic behaviour still gives a ratio near 4 on every run.
 */
function expectLinearTimeBestOf(
  fn: (input: string) => unknown,
  make: (size: number) => string,
  size: number,
): void {
  const small = make(size);
  const large = make(size * 2);
  const time = (input: string) => {
    const t0 = performance.now();
    fn(input);
    return performance.now() - t0;
  };
  fn(small); // warm up
  // Interleaved, so that a busy moment weighs on both sizes alike.
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  const ratio = bestLarge / Math.max(bestSmall, 1);
  expect(ratio, `time ratio for doubled input: ${ratio.toFixed(2)}`).toBeLessThan(3.5);
}

describe("linear time", () => {
  test("exported patterns cannot backtrack", () => {
    expectSafeRegex(TOKEN_PATTERN);
    expectSafeRegex(DOCUMENT_NUMBER);
    for (const re of DATE_PATTERNS) expectSafeRegex(re);
  });

  test.each([
    ["speech acts without end", (n: number) => "Bộ đề nghị các sở, yêu cầu, ".repeat(n / 28)],
    [
      "one endless sentence of actions",
      (n: number) => `Bộ yêu cầu Sở ${"rà soát dự án, ".repeat(n / 15)}`,
    ],
    ["semicolons", (n: number) => `Bộ yêu cầu Sở ${"làm rõ; ".repeat(n / 8)}`],
    ["events", (n: number) => "Tổ chức hội nghị lần thứ 1, tham dự có ông A. ".repeat(n / 46)],
    ["quotes", (n: number) => "“Cần làm rõ”, ông A nhấn mạnh. “".repeat(n / 31)],
    ["addressee lists", (n: number) => `đề nghị ${"các Sở, ".repeat(n / 8)}`],
    ["document references", (n: number) => "Quyết định số 12/QĐ-UBND, ".repeat(n / 26)],
  ])("%s", (_name, make) => {
    expectLinearTimeBestOf((s) => all(s), make, 60_000);
  });
});
