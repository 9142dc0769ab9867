/**
 * Corpus tools never backtrack catastrophically, stay linear on pathological text, and never throw
 * on junk, whether it comes as text or as a malformed analysis record.
 */
import { describe, expect, test } from "vitest";
import { corpusTables, findNearDuplicates, keywords, timeline } from "../src/corpus/api.js";
import { ISO_DAY_RE } from "../src/corpus/article-date.js";
import { YEAR_MONTH_RE } from "../src/corpus/facts.js";
import { duplicateSignature } from "../src/corpus/near-duplicates.js";
import { OTHER_WORD_CHAR_RE, shingleHashes } from "../src/corpus/shingles.js";
import {
  articleTerms,
  CAPITALISED_RE,
  HAS_LETTER_RE,
  TERM_CHARS_RE,
  TWO_LETTERS_RE,
} from "../src/corpus/terms.js";
import { expectLinearTime, expectSafeRegex } from "./helpers/redos.js";

describe("patterns", () => {
  test.each([
    ["TERM_CHARS_RE", TERM_CHARS_RE],
    ["HAS_LETTER_RE", HAS_LETTER_RE],
    ["TWO_LETTERS_RE", TWO_LETTERS_RE],
    ["CAPITALISED_RE", CAPITALISED_RE],
    ["ISO_DAY_RE", ISO_DAY_RE],
    ["YEAR_MONTH_RE", YEAR_MONTH_RE],
    ["OTHER_WORD_CHAR_RE", OTHER_WORD_CHAR_RE],
  ])("%s is safe", (_, re) => {
    expectSafeRegex(re);
  });
});

describe("linear time on pathological text", () => {
  test("terms: photo credits one after another in one long sentence", () => {
    expectLinearTime(
      (s) => articleTerms(s),
      (n) => "Ảnh: Lê Hiếu) ".repeat(Math.floor(n / 14)),
      40_000,
    );
  });

  test("terms: one capitalised name run after another, no punctuation", () => {
    expectLinearTime(
      (s) => articleTerms(s),
      (n) => "Nguyễn Văn An Khiết ".repeat(Math.floor(n / 20)),
      40_000,
    );
  });

  test("shingles and signatures: a long line of one letter, and of dots", () => {
    expectLinearTime(
      (s) => shingleHashes(s),
      (n) => "ả ".repeat(n / 2),
    );
    expectLinearTime(
      (s) => duplicateSignature(s),
      (n) => "....a ".repeat(n / 6),
      100_000,
    );
  });
});

describe("never throws", () => {
  const junk: unknown[] = [
    "",
    "\u0000\ud800\udfff\ud800",
    "<html><script>",
    "a".repeat(100_000),
    { id: 1, analysis: { people: [null, 1, { name: 7 }], organisations: "x", dates: [{}] } },
    { analysis: { sections: [null, { kind: "body" }, { kind: "title", text: 5 }] } },
    { analysis: { events: [{ date: { value: 12 } }], directives: [{ text: "x", eventId: {} }] } },
    { analysis: { normalized: { text: null }, metadata: { published: "2017-02-30" } } },
    { text: 42 },
    null,
  ];

  test("keywords, near-duplicates, tables and timeline over junk", () => {
    const input = junk as never[];
    expect(() => keywords(input)).not.toThrow();
    expect(() => findNearDuplicates(input)).not.toThrow();
    expect(() => corpusTables(input)).not.toThrow();
    expect(() => timeline(input)).not.toThrow();
  });

  test("a huge analysis record (many dates) does not overflow the stack", () => {
    const date = {
      span: { start: 0, end: 8 },
      text: "5/8/2017",
      rule: "x",
      value: { type: "value", value: "2017-08-05T00:00:00.000+07:00", grain: "day" },
      grain: "day",
      calendar: "solar",
      stated: { year: 2017, month: 8, day: 5 },
      inferred: [],
      relative: false,
    };
    const analysis = { dates: Array.from({ length: 300_000 }, () => date), sections: [] };
    expect(() => timeline([{ analysis: analysis as never }])).not.toThrow();
  });
});
