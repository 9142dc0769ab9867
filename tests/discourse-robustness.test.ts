import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DATE_PATTERNS } from "../src/extract/discourse/dates.js";
import { TOKEN_PATTERN } from "../src/extract/discourse/tokens.js";
import { DOCUMENT_NUMBER } from "../src/extract/document/number.js";
import { extractDirectives, extractDocuments, extractEvents } from "../src/index.js";
import { expectLinearTime, expectSafeRegex } from "./helpers/redos.js";
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
  ])("%s", (_name, make) => {
    expectLinearTime((s) => all(s), make, 60_000);
  });
});
