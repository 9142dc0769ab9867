/**
 * Dates written with `ngày`/`tháng`/`năm`: `ngày 12 tháng 10 năm 2017`, `mồng 3 tháng ba`,
 * `tháng 10 năm 2017`, `tháng 2/2017`, `tháng tư`, `tháng 3 tới`, `năm 2017`, `ngày 15`,
 * `mùng 10 tháng Giêng năm Đinh Dậu` (Giêng and Chạp are lunar months).
 */
import type { PointExpr } from "../expr.js";
import { DIRECTION_WORDS } from "../lexicon.js";
import { regexParser } from "../parser.js";
import { alt, E, wordAfter, wordBefore } from "../patterns.js";
import { FIGURE, followedByWord, NUMBER_STARTS } from "../scan.js";
import type { Candidate, TimeParser } from "../types.js";
import {
  CAN_CHI,
  canChiIndices,
  DAY,
  MONTH,
  readDay,
  readMonth,
  readYear,
  YEAR_RELATIVE,
} from "./common.js";

const YEAR_TAIL_SOURCE = `(?:(?:\\s*,\\s*|\\s+)năm\\s+(?<y4>\\d{4})|\\s?[/.-]\\s?(?<y4b>\\d{4})|\\s(?<y4c>1\\d{3}|20\\d{2})(?![\\p{L}\\p{M}\\p{N}]|\\s?[-–/.,]\\s?\\d)|\\s+năm\\s+(?<yrel>${alt(Object.keys(YEAR_RELATIVE))})(?![\\p{L}\\p{M}\\p{N}])|\\s+năm\\s+(?<cc>${CAN_CHI}))`;

/** The year after a day and month (`năm 2017`, `/2017`, `năm Đinh Dậu`, `năm nay`). */
export const YEAR_TAIL = new RegExp(`${YEAR_TAIL_SOURCE}${E}`, "uy");

/** The year or direction after a month (`tháng 3 năm 2017`, `tháng 3 tới`). */
export const MONTH_TAIL = new RegExp(
  `(?:${YEAR_TAIL_SOURCE}|\\s+(?<dir>${alt(Object.keys(DIRECTION_WORDS))}))${E}`,
  "uy",
);

/**
 * Drops a year written after a plain space when the month is a figure: `tháng Tám 1945` is a date,
 * `tháng 3 2000 người` is not. Returns the end of the match without that year.
 */
export function spacedYearEnd(m: RegExpExecArray, g: Record<string, string | undefined>): number {
  const end = m.index + m[0].length;
  if (g.y4c !== undefined && /\d/.test(g.month ?? "")) {
    const cut = end - g.y4c.length - 1;
    g.y4c = undefined;
    return cut;
  }
  return end;
}

/** Applies the year part of a match to a point; false when the year is out of range. */
export function withYear(p: PointExpr, g: Record<string, string | undefined>): boolean {
  const y = g.y4 ?? g.y4b ?? g.y4c;
  if (y !== undefined) {
    const year = readYear(y);
    if (year === undefined) return false;
    p.year = year;
  } else if (g.cc !== undefined) {
    const cc = canChiIndices(g.cc);
    if (!cc) return false;
    p.canChi = cc;
    p.lunar = true;
  } else if (g.yrel !== undefined) {
    p.shift = { grain: "year", n: YEAR_RELATIVE[g.yrel.toLowerCase()] ?? 0 };
  }
  return true;
}

/** Words before a month or count that make `tháng N` a frequency, not a month (`mỗi tháng 2 lần`). */
const FREQUENCY_BEFORE: ReadonlySet<string> = new Set([
  "mỗi",
  "hằng",
  "hàng",
  "một",
  "các",
  "mấy",
  "vài",
  "những",
  "nhiều",
]);
/** Words after `tháng N` that make N a count (`mỗi tháng 3 triệu`, `tháng 2 lần`). */
const COUNT_AFTER: ReadonlySet<string> = new Set([
  "lần",
  "triệu",
  "nghìn",
  "ngàn",
  "tỷ",
  "tỉ",
  "trăm",
  "chục",
  "người",
  "đồng",
  "buổi",
  "ngày",
  "tuần",
  "tháng",
  "kỳ",
  "đợt",
  "chuyến",
  "cuộc",
  "vụ",
  "ca",
  "bữa",
  "cữ",
  "giờ",
  "tiếng",
  "phút",
  "viên",
  "gói",
  "suất",
  "chai",
  "cốc",
  "ly",
]);

/** `ngày 12 tháng 10 năm 2017`, `mồng 3 tháng ba`, `12 tháng 10 năm 2017`. */
export const dayMonthWords: TimeParser = regexParser({
  name: "word-date",
  nearWord: /tháng/u,
  triggers: [FIGURE, "ngày", "mùng", "mồng", ...NUMBER_STARTS],
  afterFigure: followedByWord(["tháng"]),
  pattern: new RegExp(
    `(?:(?<ngay>ngày)\\s+)?(?:(?<mung>mùng|mồng)\\s+)?(?<day>${DAY})\\s+tháng\\s+(?<month>${MONTH})${E}`,
    "uy",
  ),
  tail: YEAR_TAIL,
  extract(m, text): Candidate | undefined {
    const g = { ...m.groups };
    const day = readDay(g.day);
    const month = readMonth(g.month);
    if (day === undefined || !month) return undefined;
    const p: PointExpr = { kind: "point", day, month: month.month };
    if (month.lunar) p.lunar = true;
    const end = spacedYearEnd(m, g);
    if (!withYear(p, g)) return undefined;
    if (month.month > 12 || day > 30 + (month.lunar ? 0 : 1)) return undefined;
    const prefixed = g.ngay !== undefined || g.mung !== undefined;
    // `3 tháng 10` without `ngày` and without a year could be "3 months 10 ...": needs a cue.
    const weak = !prefixed && p.year === undefined && !p.canChi && !p.shift && !month.lunar;
    if (!prefixed && COUNT_AFTER.has(wordAfter(text, end))) return undefined;
    return {
      start: m.index,
      end,
      rule: "word-date",
      expr: p,
      ...(weak ? { weak: true } : {}),
    };
  },
});

/** `tháng 10 năm 2017`, `tháng 2/2017`, `tháng tư`, `tháng 3 tới`, `tháng Giêng`. */
export const monthWords: TimeParser = regexParser({
  name: "word-month",
  triggers: ["tháng"],
  pattern: new RegExp(`tháng\\s+(?<month>${MONTH})${E}`, "uy"),
  tail: MONTH_TAIL,
  extract(m, text): Candidate | undefined {
    const g = { ...m.groups };
    const month = readMonth(g.month);
    if (!month) return undefined;
    const p: PointExpr = { kind: "point", month: month.month };
    if (month.lunar) p.lunar = true;
    const end = spacedYearEnd(m, g);
    if (!withYear(p, g)) return undefined;
    const before = wordBefore(text, m.index);
    const after = wordAfter(text, end);
    const hasYear = p.year !== undefined || p.canChi !== undefined || p.shift !== undefined;
    if (!hasYear && (FREQUENCY_BEFORE.has(before) || COUNT_AFTER.has(after))) return undefined;
    if (g.dir) p.direction = DIRECTION_WORDS[g.dir.toLowerCase().replace(/\s+/g, " ")] ?? "next";
    // `tháng một`, `tháng năm`, `tháng hai`, `tháng ba` in lower case are as often counts or
    // "months and years" as they are months: they need a year or a cue.
    const word = g.month ?? "";
    // The match is lower-cased: `tháng Hai` (a month name, capitalised in news) is read in the
    // original text.
    const capital = /^\S+\s+\p{Lu}/u.test(text.slice(m.index, end));
    const weak =
      !hasYear && !month.lunar && !g.dir && ["một", "năm", "hai", "ba"].includes(word) && !capital;
    return { start: m.index, end, rule: "word-month", expr: p, ...(weak ? { weak: true } : {}) };
  },
});

/** `năm 2017`, `năm Đinh Dậu`. */
export const yearWords: TimeParser = regexParser({
  name: "word-year",
  triggers: ["năm"],
  pattern: new RegExp(
    `năm\\s+(?:(?<y>\\d{4})|(?<cc>${CAN_CHI}))(?![\\p{L}\\p{M}\\p{N}]|\\s?[-–]\\s?\\d)`,
    "uy",
  ),
  extract(m): Candidate | undefined {
    const g = m.groups ?? {};
    const p: PointExpr = { kind: "point" };
    if (g.y !== undefined) {
      const year = readYear(g.y);
      if (year === undefined) return undefined;
      p.year = year;
    } else {
      const cc = canChiIndices(g.cc ?? "");
      if (!cc) return undefined;
      p.canChi = cc;
      p.lunar = true;
    }
    return { start: m.index, end: m.index + m[0].length, rule: "word-year", expr: p };
  },
});

/** `ngày 15`: a day of the current month. */
export const dayOfMonth: TimeParser = regexParser({
  name: "day-of-month",
  triggers: ["ngày"],
  pattern:
    /ngày\s+(?:(?:mùng|mồng)\s+)?(\d{1,2})(?![\p{L}\p{M}\p{N}]|\s?[/.-]\s?\d|\s+tháng|\s*:)/uy,
  extract(m, text): Candidate | undefined {
    const day = readDay(m[1]);
    if (day === undefined) return undefined;
    const end = m.index + m[0].length;
    if (COUNT_AFTER.has(wordAfter(text, end))) return undefined;
    return { start: m.index, end, rule: "day-of-month", expr: { kind: "point", day } };
  },
});

/** `tháng 10-11/2016`, `tháng 9 - 10/2016`, `tháng 3-4 tới`: a range of months. */
export const monthRange: TimeParser = regexParser({
  name: "month-range",
  triggers: ["tháng"],
  pattern: new RegExp(`tháng\\s+(?<m1>${MONTH})\\s?[-–]\\s?(?<month>${MONTH})${E}`, "uy"),
  tail: MONTH_TAIL,
  extract(m, text): Candidate | undefined {
    const g = { ...m.groups };
    const a = readMonth(g.m1);
    const b = readMonth(g.month);
    if (!a || !b || b.month <= a.month || a.lunar !== b.lunar) return undefined;
    const to: PointExpr = { kind: "point", month: b.month };
    const end = spacedYearEnd(m, g);
    if (!withYear(to, g)) return undefined;
    // `mỗi tháng 5-6 ca` is a count per month, not May to June.
    const hasYear = to.year !== undefined || to.canChi !== undefined || to.shift !== undefined;
    if (
      !hasYear &&
      (FREQUENCY_BEFORE.has(wordBefore(text, m.index)) || COUNT_AFTER.has(wordAfter(text, end)))
    ) {
      return undefined;
    }
    const from: PointExpr = { kind: "point", month: a.month };
    if (to.year !== undefined) from.year = to.year;
    if (to.shift) from.shift = to.shift;
    if (a.lunar) {
      from.lunar = true;
      to.lunar = true;
    }
    if (g.dir) {
      const dir = DIRECTION_WORDS[g.dir.replace(/\s+/g, " ")] ?? "next";
      from.direction = dir;
      to.direction = dir;
    }
    return { start: m.index, end, rule: "month-range", expr: { kind: "interval", from, to } };
  },
});
