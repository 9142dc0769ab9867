import { describe, test } from "vitest";
import { TIME_PARSERS } from "../src/extract/time/engine.js";
import { extractDates } from "../src/extract/time/index.js";
import { PAIR_BEFORE } from "../src/extract/time/parsers/figure-pair.js";
import { ISO_TIMESTAMP, publishedFromIso, STAMP_OFFSET } from "../src/extract/time/published.js";
import { DAY_LIST_BEFORE, JOINED_BEFORE } from "../src/extract/time/refiners/cue.js";
import { BARE_DAY_BEFORE, FROM_BEFORE, RANGE_GAP } from "../src/extract/time/refiners/range.js";
import { expectLinearTime, expectSafeRegex } from "./helpers/redos.js";

const patterns = TIME_PARSERS.flatMap((p) =>
  p.patterns.map((re, i) => [`${p.name}#${i}`, re] as const),
);

describe("date patterns cannot backtrack catastrophically", () => {
  test.each(patterns)("%s", (_name, re) => expectSafeRegex(re), 120_000);
  test.each([
    ["range gap", RANGE_GAP],
    ["bare day before a range", BARE_DAY_BEFORE],
    ["from before a range", FROM_BEFORE],
    ["a list of days before a pair", DAY_LIST_BEFORE],
    ["a joining word before a pair", JOINED_BEFORE],
    ["a pair before a pair", PAIR_BEFORE],
    ["a page's timestamp", ISO_TIMESTAMP],
    ["a stamp line's offset", STAMP_OFFSET],
  ])("%s", (_name, re) => expectSafeRegex(re), 120_000);
});

describe("extraction time grows linearly with the input", () => {
  const run = (s: string) => extractDates(s, { referenceDate: "2017-08-04" });
  test.each([
    ["dates back to back", "ngày 4/8/2017 "],
    ["slashes", "1/"],
    ["parts of day", "sáng "],
    ["weekday words", "thứ hai "],
    ["spelled numbers", "hai mươi mốt "],
    ["figures", "1234567890"],
    ["ranges", "từ 1 đến 5/8 - "],
    ["spaces after a cue", "ngày          "],
    ["shares in a range", "1/3 đến "],
    ["lists of days", "ngày 1, 2, 3 và 4/5 "],
    ["dates joined to shares", "30/4 và 1/5 người "],
    ["scores", "thua 1-2 "],
  ])(
    "%s",
    (_name, unit) => {
      expectLinearTime(run, (size) => unit.repeat(Math.ceil(size / unit.length)), 200_000);
    },
    60_000,
  );
});

describe("publication values in linear time", () => {
  test("a long timestamp-like string", () => {
    expectLinearTime(
      (s) => publishedFromIso(s),
      (size) => `2017-08-05T09:00:00${"0".repeat(size)}`,
      200_000,
    );
  }, 60_000);
});
