/**
 * Lunar-calendar dates: `mùng 1 Tết`, `30 Tết`, `rằm tháng Giêng`, `rằm tháng 7`,
 * `Tết Nguyên đán Đinh Dậu`, `Tết Đinh Dậu`, `Tết 2017`, and the lunar festivals (`Tết Trung thu`,
 * `Giỗ Tổ Hùng Vương`, `vía Thần Tài`...). `ngày 15 tháng 7 âm lịch` is a word date made lunar by the
 * `lunar-marker` refiner; `tháng Giêng`/`tháng Chạp` are lunar in the word-date parser.
 */
import { canChiOfYear } from "../calendar/lunar.js";
import type { PointExpr } from "../expr.js";
import { LUNAR_HOLIDAYS } from "../lexicon.js";
import { phraseParser, regexParser } from "../parser.js";
import { E, readNumber, WORDS_1_31 } from "../patterns.js";
import { PhraseMatcher } from "../phrases.js";
import { FIGURE, followedByWord, NUMBER_STARTS } from "../scan.js";
import type { TimeParser } from "../types.js";
import { CAN_CHI, canChiIndices, MONTH, readMonth, readYear } from "./common.js";

/** Sets the lunar year from the year groups (`Đinh Dậu`, `2017`, or both: `Giáp Thìn 2024`). */
function applyYear(p: PointExpr, g: Record<string, string | undefined>): boolean {
  if (g.cc) {
    const cc = canChiIndices(g.cc);
    if (!cc) return false;
    const y = g.ccy ? readYear(g.ccy) : undefined;
    if (
      y !== undefined &&
      canChiOfYear(y).toLowerCase() === g.cc.toLowerCase().replace(/\s+/g, " ")
    ) {
      p.year = y;
    } else if (g.ccy) {
      return false; // `Giáp Thìn 2023`: the name and the year disagree
    } else {
      p.canChi = cc;
    }
  } else if (g.y) {
    const y = readYear(g.y);
    if (y === undefined) return false;
    p.year = y;
  }
  return true;
}

/** A year after a festival's name: ` Đinh Dậu`, ` 2017`, ` năm Đinh Dậu`. */
export const FESTIVAL_YEAR = new RegExp(
  `\\s+(?:năm\\s+)?(?:(?<cc>${CAN_CHI})(?:\\s+(?:năm\\s+)?(?<ccy>\\d{4}))?|(?<y>\\d{4}))(?![\\p{L}\\p{M}\\p{N}])`,
  "uy",
);

/** The same, for Tết days (kept apart so that each pattern stays small). */
const FESTIVAL_YEAR_LATE = new RegExp(FESTIVAL_YEAR.source, FESTIVAL_YEAR.flags);

/** `mùng 1 Tết`, `mồng 3 Tết Đinh Dậu`, `28 Tết`, `30 Tết`. */
export const tetDay: TimeParser = regexParser({
  name: "lunar-tet-day",
  nearWord: /tết/u,
  triggers: [FIGURE, "ngày", "mùng", "mồng", ...NUMBER_STARTS],
  afterFigure: followedByWord(["tết"]),
  pattern: new RegExp(
    `(?:ngày\\s+)?(?:(?<mung>mùng|mồng)\\s+)?(?<d>\\d{1,2}|${WORDS_1_31})\\s+tết(?:\\s+nguyên\\s+đán)?${E}`,
    "uy",
  ),
  more: [FESTIVAL_YEAR_LATE],
  extract(m, _text, lower) {
    const g = m.groups ?? {};
    const d = readNumber(g.d);
    if (d === undefined) return undefined;
    // `mùng 1-10 Tết` are the first days of the year; `23-30 Tết` the last days before it.
    let p: PointExpr;
    if (g.mung || d <= 10) p = { kind: "point", lunar: true, month: 1, day: d };
    else if (d >= 23 && d <= 30) p = { kind: "point", lunar: true, month: 12, day: d };
    else return undefined;
    if (!g.mung && d <= 10 && d > 3) return undefined; // `5 Tết` is unusual: likely a count
    let end = m.index + m[0].length;
    FESTIVAL_YEAR_LATE.lastIndex = end;
    const y = FESTIVAL_YEAR_LATE.exec(lower);
    // A year after it (`Tết Đinh Dậu`); two words that are no year name are not part of the date.
    if (y && applyYear(p, y.groups ?? {})) end = y.index + y[0].length;
    if (p.month === 12 && (p.year !== undefined || p.canChi)) {
      // `30 Tết Đinh Dậu` is the eve of the Đinh Dậu year: the 12th month of the year before.
      if (p.year !== undefined) p.year -= 1;
      else if (p.canChi) {
        p.canChi = { stem: (p.canChi.stem + 9) % 10, branch: (p.canChi.branch + 11) % 12 };
      }
    }
    return { start: m.index, end, rule: "lunar-tet-day", expr: p };
  },
});

/** The same, for full-moon days. */
const FULL_MOON_YEAR = new RegExp(FESTIVAL_YEAR.source, FESTIVAL_YEAR.flags);

/** `rằm tháng Giêng`, `Rằm tháng 7`, `rằm tháng bảy năm Đinh Dậu`. */
export const fullMoon: TimeParser = regexParser({
  name: "lunar-full-moon",
  triggers: ["ngày", "rằm"],
  pattern: new RegExp(`(?:ngày\\s+)?rằm\\s+tháng\\s+(?<m>${MONTH})${E}`, "uy"),
  more: [FULL_MOON_YEAR],
  extract(m, _text, lower) {
    const g = m.groups ?? {};
    const month = readMonth(g.m);
    if (!month) return undefined;
    const p: PointExpr = { kind: "point", lunar: true, month: month.month, day: 15 };
    let end = m.index + m[0].length;
    FULL_MOON_YEAR.lastIndex = end;
    const y = FULL_MOON_YEAR.exec(lower);
    if (y && applyYear(p, y.groups ?? {})) end = y.index + y[0].length;
    return { start: m.index, end, rule: "lunar-full-moon", expr: p };
  },
});

/** The festival table plus bare `Tết`, which counts only with a year (`Tết Đinh Dậu`, `Tết 2017`). */
const FESTIVALS: readonly (readonly [string, readonly [number, number]])[] = [
  ...Object.entries(LUNAR_HOLIDAYS),
  ["tết", [1, 1]],
];

/** `Tết Nguyên đán`, `Tết Đinh Dậu`, `Tết 2017`, `Tết Trung thu`, `Giỗ Tổ Hùng Vương`. */
export const lunarHoliday: TimeParser = phraseParser({
  name: "lunar-holiday",
  phrases: new PhraseMatcher(FESTIVALS),
  phraseList: FESTIVALS.map(([k]) => k),
  suffix: FESTIVAL_YEAR,
  extract(found, suffix, _text, start) {
    const [month, day] = found.value;
    const p: PointExpr = { kind: "point", lunar: true, month, day };
    const withYear = !!suffix && applyYear(p, suffix.groups ?? {});
    if (found.phrase === "tết" && !withYear) return undefined; // bare `Tết` is the holiday, not a date
    return {
      start,
      end: withYear && suffix ? suffix.index + suffix[0].length : found.end,
      rule: "lunar-holiday",
      expr: p,
    };
  },
});
