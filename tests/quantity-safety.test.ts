import { describe, test } from "vitest";
import {
  extractQuantities,
  MINOR_AFTER,
  PER_UNIT,
  PERCENT_AFTER,
  PREFIX_CURRENCY,
  RANGE_SEP,
  UP_DOWN,
} from "../src/extract/quantity/index.js";
import { PHONE, PLATE } from "../src/extract/quantity/read.js";
import { expectLinearTime, expectSafeRegex } from "./helpers/redos.js";

describe("quantity patterns cannot backtrack catastrophically", () => {
  test.each([
    ["currency before", PREFIX_CURRENCY],
    ["range separator", RANGE_SEP],
    ["percent after", PERCENT_AFTER],
    ["per unit", PER_UNIT],
    ["cents after", MINOR_AFTER],
    ["trở lên/xuống", UP_DOWN],
    ["phone", PHONE],
    ["plate", PLATE],
  ])("%s", (_n, re) => expectSafeRegex(re), 120_000);
});

describe("extraction time grows linearly", () => {
  test.each([
    ["figures and units", "12 người, "],
    ["ranges", "3-4 triệu đồng/người "],
    ["spelled numbers", "hai mươi mốt nghìn "],
    ["digits", "1234567890"],
    ["dots", "1.2."],
    ["qualifiers", "hơn gần khoảng "],
    ["halves", "nửa tỷ rưỡi "],
    ["scores", "thua 1-2 thắng 3-1 "],
    ["percentages before time words", "5,4% ngày "],
  ])(
    "%s",
    (_n, unit) => {
      // 400k characters: long enough that a loaded machine's noise does not look like growth.
      expectLinearTime(
        (s) => extractQuantities(s),
        (size) => unit.repeat(Math.ceil(size / unit.length)),
        400_000,
      );
    },
    60_000,
  );
});
