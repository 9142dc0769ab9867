/**
 * Dates written with figures: `04/8/2017`, `4-8-2017`, `4.8.2017`, `3/3/17` (day first, as in
 * Vietnam), and `6/2`, `4-8`, `6.2` without a year.
 *
 * Without a year, `/` is a date unless a noun follows (`10/10 điểm` is a score, `3/4 số hộ` a
 * fraction), while `-` and `.` (also scores and decimals: `thắng 2-1`, `6.2`) need a cue word such
 * as `ngày`, `sáng` or `từ` before them, which the `require-cue` refiner checks.
 */
import { isValidDate } from "../calendar/civil.js";
import type { PointExpr } from "../expr.js";
import { regexParser } from "../parser.js";
import { wordAfter, wordBefore } from "../patterns.js";
import { FIGURE, followedByChar } from "../scan.js";
import type { TimeParser } from "../types.js";
import { AFTER_BARE_DATE, notADate } from "./figure-pair.js";
import { spacedYearEnd, withYear, YEAR_TAIL } from "./word-date.js";

/** `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, `dd/mm/yy`. */
export const fullNumericDate: TimeParser = regexParser({
  name: "numeric-date",
  triggers: [FIGURE, "ngày", "hôm"],
  afterFigure: followedByChar("/.-"),
  pattern:
    /(?<pre>(?:ngày|hôm)\s+(?:(?:mùng|mồng)\s+)?)?(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?(?:\3|\/(?=\d{4}))\s?(\d{4}|\d{2})(?![\p{L}\p{M}\p{N}]|[/.-]\d|\/\p{L})/uy,
  extract(m, text) {
    const day = Number(m[2]);
    const month = Number(m[4]);
    const sep = m[3];
    const yearText = m[5] ?? "";
    const two = yearText.length === 2;
    if (two && sep === ".") return undefined; // 1.2.17 is a version number
    // Mixed separators only as `4-8/2017`.
    if (sep !== "-" && sep !== "/" && m[0].includes("/")) return undefined;
    // The tail of a longer figure (`1.2.3.2017`): not a date.
    if (!m.groups?.pre && /\d[./-]$/.test(text.slice(Math.max(0, m.index - 2), m.index)))
      return undefined;
    // `tháng 10-11/2016` is two months, not 10 November (see the month-range parser).
    if (!m.groups?.pre && wordBefore(text, m.index) === "tháng") return undefined;
    const year = Number(yearText);
    if (!two && (year < 1000 || year > 2199)) return undefined;
    if (!isValidDate(two ? 2000 + year : year, month, day)) return undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: "numeric-date",
      expr: { kind: "point", day, month, year, ...(two ? { twoDigitYear: true } : {}) },
    };
  },
});

/** `dd/mm`, `dd-mm`, `dd.mm` with no year; a year written in words may follow (`12/2 năm nay`). */
export const dayMonthDate: TimeParser = regexParser({
  name: "numeric-day-month",
  triggers: [FIGURE, "ngày", "hôm"],
  afterFigure: followedByChar("/.-"),
  pattern:
    /(?<pre>(?:ngày|hôm)\s+(?:(?:mùng|mồng)\s+)?)?(\d{1,2})([/.-])(\d{1,2})(?![\p{N}]|[/.,:-]\d|\/|%|\p{L}|[-–]\p{L})/uy,
  tail: YEAR_TAIL,
  extract(m, text, lower) {
    const day = Number(m[2]);
    const month = Number(m[4]);
    if (!isValidDate(2000, month, day)) return undefined;
    const pre = m.groups?.pre ?? "";
    const prefixed = pre !== "";
    const figures = m.index + pre.length;
    // Part of a longer figure or expression (`1.2/3`, `-1/2`, `3:1/2`): not a date.
    if (!prefixed && "./,:+-".includes(text[m.index - 1] ?? "x")) return undefined;
    const g: Record<string, string | undefined> = { ...m.groups, month: m[4] };
    const end = spacedYearEnd(m, g);
    const figuresEnd = figures + (m[2] ?? "").length + 1 + (m[4] ?? "").length;
    const sep = m[3] ?? "/";
    if (notADate(text, lower, figures, figuresEnd, { day, month, sep, prefixed })) return undefined;
    const expr: PointExpr = { kind: "point", day, month };
    if (end > figuresEnd && !withYear(expr, g)) return undefined;
    if (expr.year !== undefined && !isValidDate(expr.year, month, day)) return undefined;
    let weak = sep !== "/" && !prefixed;
    if (!weak && !prefixed && end === figuresEnd) {
      const next = wordAfter(text, end);
      // `6/2 Bộ GD-ĐT`, `Nga mới thực hiện 1/3 thỏa thuận`: figures followed by a word that does
      // not follow dates need a cue before them (`sáng nay, 6/2 Bộ...` is one).
      if (next && !AFTER_BARE_DATE.has(next)) weak = true;
    }
    if (end > figuresEnd) weak = false; // `6.2 năm nay`
    return {
      start: m.index,
      end,
      rule: "numeric-day-month",
      expr,
      ...(weak ? { weak: true } : {}),
    };
  },
});

/** `10-11/02`, `1-5/8`, `22-25/2/2017`: a range of days in one month. */
export const dayRangeDate: TimeParser = regexParser({
  name: "numeric-day-range",
  triggers: [FIGURE, "ngày", "hôm"],
  afterFigure: followedByChar("-–"),
  pattern:
    /(?<pre>(?:ngày|hôm)\s+(?:(?:mùng|mồng)\s+)?)?(\d{1,2})\s?[-–]\s?(\d{1,2})([/.])(\d{1,2})(?:\4(\d{4}))?(?![\p{N}]|[/.,-]\d|\/|%|\p{L})/uy,
  extract(m, text, lower) {
    const prefixed = m.groups?.pre !== undefined;
    if (!prefixed && "./,:".includes(text[m.index - 1] ?? "x")) return undefined;
    if (!prefixed && text[m.index - 1] === "-" && /\d/.test(text[m.index - 2] ?? ""))
      return undefined;
    const d1 = Number(m[2]);
    const d2 = Number(m[3]);
    const month = Number(m[5]);
    const year = m[6] ? Number(m[6]) : undefined;
    if (d2 <= d1 || !isValidDate(year ?? 2000, month, d2)) return undefined;
    if (year !== undefined && (year < 1000 || year > 2199)) return undefined;
    // `khoảng 2-3/10 số hộ`: a share, not the 2nd to 3rd of October.
    const end = m.index + m[0].length;
    const sep = m[4] ?? "/";
    const figures = m.index + (m.groups?.pre?.length ?? 0);
    if (
      year === undefined &&
      notADate(text, lower, figures, end, { day: d2, month, sep, prefixed })
    )
      return undefined;
    const y = year !== undefined ? { year } : {};
    return {
      start: m.index,
      end,
      rule: "numeric-day-range",
      expr: {
        kind: "interval",
        from: { kind: "point", day: d1, month, ...y },
        to: { kind: "point", day: d2, month, ...y },
      },
      ...(m[4] === "." && !m.groups?.pre ? { weak: true } : {}),
    };
  },
});
