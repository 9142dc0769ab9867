import { describe, test } from "vitest";
import { TIME_PARSERS } from "../src/extract/time/engine.js";
import { extractDates } from "../src/extract/time/index.js";
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
  ])(
    "%s",
    (_name, unit) => {
      expectLinearTime(run, (size) => unit.repeat(Math.ceil(size / unit.length)), 200_000);
    },
    60_000,
  );
});
