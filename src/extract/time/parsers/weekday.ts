/**
 * Weekdays: `thứ Sáu`, `thứ 5`, `chủ nhật`, `chúa nhật`, and with a week (`thứ năm tuần tới`,
 * `thứ 5 tuần sau`) or a direction (`thứ ba vừa rồi`).
 *
 * `thứ hai`/`thứ 2` are also the ordinal "second" (`lần thứ 2`, `Thứ hai, ...`), so a lower-case
 * weekday with nothing around it is weak: it needs a cue (`vào thứ 7`, `sáng thứ hai`), a date
 * (`thứ Sáu (4/8)`) or a week word to count.
 */
import type { PointExpr } from "../expr.js";
import {
  DIRECTION_WORDS,
  RELATIVE_QUALIFIERS,
  SUNDAY_WORDS,
  WEEKDAY_AFTER_THU,
} from "../lexicon.js";
import { regexParser } from "../parser.js";
import { alt, E, wordBefore } from "../patterns.js";
import { firstWords } from "../scan.js";
import type { TimeParser } from "../types.js";

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

const WEEK_QUALIFIERS = Object.keys(RELATIVE_QUALIFIERS).filter((q) => q !== "ngoái");

/**
 * Nouns that take an ordinal: after them `thứ hai`/`thứ 2` is "second" (`kỳ họp thứ 2 vừa qua`,
 * `lần thứ ba`), never a weekday.
 */
export const ORDINAL_NOUNS: ReadonlySet<string> = new Set([
  "lần",
  "kỳ",
  "khóa",
  "khoá",
  "họp",
  "hạng",
  "vòng",
  "phiên",
  "đợt",
  "người",
  "giải",
  "bàn",
  "trận",
  "vị",
  "thứ",
  "số",
  "tầng",
  "lớp",
  "đời",
  "thế",
  "chương",
  "phần",
  "bước",
  "điều",
  "khoản",
  "mục",
  "ngày",
  "tuần",
  "năm",
  "tháng",
  "con",
  "chiếc",
  "đội",
  "nhiệm",
  "lượt",
  "cấp",
  "bậc",
]);

/** A weekday, optionally with its week or direction. */
export const weekday: TimeParser = regexParser({
  name: "weekday",
  triggers: ["thứ", "ngày", ...firstWords(SUNDAY_WORDS)],
  // `ngày thứ Sáu (3/2)`: the `ngày` before a weekday belongs to the date.
  pattern: new RegExp(
    `(?:(?<ngay>ngày)\\s+)?(?:(?<thu>thứ)\\s+(?<d>${alt(Object.keys(WEEKDAY_AFTER_THU))})|(?<sun>${alt(SUNDAY_WORDS)}))${E}`,
    "uy",
  ),
  tail: [
    new RegExp(`\\s+tuần\\s+(?<wq>${alt(WEEK_QUALIFIERS)})${E}`, "uy"),
    new RegExp(`\\s+(?<dir>${alt([...Object.keys(DIRECTION_WORDS), "này"])})${E}`, "uy"),
  ],
  extract(m, text) {
    const g = m.groups ?? {};
    // The match is lower-cased: read the day word's case in the original text.
    const day = m.index + (g.ngay ? m[0].length - m[0].slice(g.ngay.length).trimStart().length : 0);
    const original = text.slice(day, m.index + m[0].length);
    const capital = !!g.thu && /^\S+\s+\p{Lu}/u.test(original);
    const before = g.ngay ? "ngày" : wordBefore(text, m.index);
    if (g.thu && !capital && ORDINAL_NOUNS.has(before)) {
      // `ngày thứ 2 (6/2)` is still Monday: a date right after settles it.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (!/^\s*[(,]?\s*(?:ngày\s+)?\d{1,2}[/.-]\d/u.test(after)) return undefined;
    }
    const wd = g.sun ? 7 : WEEKDAY_AFTER_THU[norm(g.d ?? "")];
    if (wd === undefined) return undefined;
    const p: PointExpr = { kind: "point", weekday: wd };
    if (g.wq) p.shift = { grain: "week", n: RELATIVE_QUALIFIERS[norm(g.wq)] ?? 0 };
    else if (g.dir && norm(g.dir) !== "này") p.direction = DIRECTION_WORDS[norm(g.dir)] ?? "next";
    else if (g.dir) p.shift = { grain: "week", n: 0 };
    // Strong: Sunday, a qualifier, or a capitalised day word (`thứ Sáu`, `Thứ Hai`, `T2` style).
    const strong = !!g.sun || !!g.wq || !!g.dir || capital;
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: "weekday",
      expr: p,
      ...(strong ? {} : { weak: true }),
      ...(g.wq || g.dir ? { relative: true } : {}),
    };
  },
});
