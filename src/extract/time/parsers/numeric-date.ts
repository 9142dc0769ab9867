/**
 * Dates written with figures: `04/8/2017`, `4-8-2017`, `4.8.2017`, `3/3/17` (day first, as in
 * Vietnam), and `6/2`, `4-8`, `6.2` without a year.
 *
 * Without a year, `/` is a date unless a noun follows (`10/10 điểm` is a score, `3/4 số hộ` a
 * fraction), while `-` and `.` (also scores and decimals: `thắng 2-1`, `6.2`) need a cue word such
 * as `ngày`, `sáng` or `từ` before them, which the `require-cue` refiner checks.
 */
import { isValidDate } from "../calendar/civil.js";
import { regexParser } from "../parser.js";
import { wordAfter, wordBefore } from "../patterns.js";
import { FIGURE, followedByChar } from "../scan.js";
import type { TimeParser } from "../types.js";

/**
 * Words that may follow a year-less `d/m` date. After anything else (`10/10 điểm`, `3/4 số hộ`,
 * `2/3 diện tích`) the figures are a score or a fraction.
 */
export const AFTER_BARE_DATE: ReadonlySet<string> = new Set([
  "tới",
  "này",
  "vừa",
  "qua",
  "tại",
  "ở",
  "và",
  "đến",
  "hoặc",
  "lúc",
  "năm",
  "sẽ",
  "đã",
  "vẫn",
  "là",
  "mới",
  "do",
  "với",
  "được",
  "diễn",
  "khai",
  "bế",
  "cho",
  "theo",
  "trên",
  "khi",
  "thì",
  "nhằm",
  "nhân",
  "kỷ",
  "hàng",
  "hằng",
  "sau",
  "trước",
  "cùng",
  "ngay",
  "dương",
  "âm",
  "tức",
  "tại",
  "đối",
  "thông",
  "công",
  "phát",
  "ra",
  "tổ",
  "lễ",
]);

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

/**
 * Words before `a/b` that make it a ratio or a grade, not a date: `thương binh 2/4`, `tỷ lệ 1/3`,
 * `tỷ số 2/1`, `hạng 3/4`.
 */
export const RATIO_BEFORE: ReadonlySet<string> = new Set([
  "binh",
  "lệ",
  "số",
  "hạng",
  "loại",
  "thang",
  "tỷ",
  "tỉ",
]);

/** Words after `a-b` or `a/b` that make the figures a quantity (`3-4 triệu`, `2/3 người`). */
export const QUANTITY_AFTER: ReadonlySet<string> = new Set([
  "triệu",
  "tỷ",
  "tỉ",
  "nghìn",
  "ngàn",
  "trăm",
  "chục",
  "người",
  "đồng",
  "lần",
  "tuổi",
  "km",
  "kg",
  "tấn",
  "ha",
  "mét",
  "m",
  "cm",
  "độ",
  "sao",
  "điểm",
  "năm",
  "tháng",
  "ngày",
  "giờ",
  "phút",
  "usd",
]);

/** `dd/mm`, `dd-mm`, `dd.mm` with no year. */
export const dayMonthDate: TimeParser = regexParser({
  name: "numeric-day-month",
  triggers: [FIGURE, "ngày", "hôm"],
  afterFigure: followedByChar("/.-"),
  pattern:
    /(?<pre>(?:ngày|hôm)\s+(?:(?:mùng|mồng)\s+)?)?(\d{1,2})([/.-])(\d{1,2})(?![\p{N}]|[/.,:-]\d|\/|%|\p{L}|[-–]\p{L})/uy,
  extract(m, text) {
    const day = Number(m[2]);
    const month = Number(m[4]);
    if (!isValidDate(2000, month, day)) return undefined;
    // Part of a longer figure or expression (`1.2/3`, `-1/2`, `3:1/2`): not a date.
    if (!m.groups?.pre && "./,:+-".includes(text[m.index - 1] ?? "x")) return undefined;
    if (!m.groups?.pre && RATIO_BEFORE.has(wordBefore(text, m.index))) return undefined;
    const end = m.index + m[0].length;
    if (QUANTITY_AFTER.has(wordAfter(text, end))) return undefined;
    let weak = m[3] !== "/" && !m.groups?.pre;
    if (!weak && !m.groups?.pre) {
      const next = wordAfter(text, end);
      // `10/10 điểm`, `3/4 số hộ`: figures followed by a noun are a score or a fraction.
      if (next && !AFTER_BARE_DATE.has(next)) weak = true;
    }
    return {
      start: m.index,
      end,
      rule: "numeric-day-month",
      expr: { kind: "point", day, month },
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
  extract(m, text) {
    if (!m.groups?.pre && "./,:".includes(text[m.index - 1] ?? "x")) return undefined;
    if (!m.groups?.pre && text[m.index - 1] === "-" && /\d/.test(text[m.index - 2] ?? ""))
      return undefined;
    const d1 = Number(m[2]);
    const d2 = Number(m[3]);
    const month = Number(m[5]);
    const year = m[6] ? Number(m[6]) : undefined;
    if (d2 <= d1 || !isValidDate(year ?? 2000, month, d2)) return undefined;
    if (year !== undefined && (year < 1000 || year > 2199)) return undefined;
    const y = year !== undefined ? { year } : {};
    return {
      start: m.index,
      end: m.index + m[0].length,
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
