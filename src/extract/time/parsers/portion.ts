/**
 * Parts of a period: `đầu tháng 8`, `giữa tháng`, `cuối năm`, `đầu năm 2017`, `cuối tuần này`,
 * `6 tháng đầu năm 2017`, `9 tháng năm 2017`, `nửa đầu năm`, `ngày đầu tiên của tháng ba`,
 * `tuần đầu tiên của tháng 9 năm 2017`.
 */
import type { PointExpr, PortionExpr } from "../expr.js";
import { PORTION_WORDS, RELATIVE_QUALIFIERS } from "../lexicon.js";
import { regexParser } from "../parser.js";
import { alt, E, readNumber, WORDS_1_31, wordBefore } from "../patterns.js";
import { FIGURE, firstWords, followedByWord, NUMBER_STARTS } from "../scan.js";
import type { Candidate, TimeParser } from "../types.js";
import { MONTH, readMonth, readYear, YEAR_RELATIVE } from "./common.js";

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/**
 * The period a portion is of, tried in order right after the portion word: `tháng 8`,
 * `tháng 8 năm 2017`, `tháng 8/2017`; `tháng`, `tháng này`; `năm`, `năm nay`, `năm 2017`; `tuần`,
 * `tuần tới`. (Four small patterns rather than one large one, so each can be checked for ReDoS.)
 */
export const PERIOD_TAILS: readonly RegExp[] = [
  new RegExp(`tháng\\s+(?<m>${MONTH})(?:\\s*(?:năm\\s+|[/-]\\s?)(?<my>\\d{4}))?${E}`, "uy"),
  new RegExp(`(?<mo>tháng)(?:\\s+(?<mq>này|trước|sau|tới|qua))?${E}`, "uy"),
  new RegExp(
    `(?<yr>năm)(?:\\s+(?:(?<y>\\d{4})|(?<yq>${alt(Object.keys(YEAR_RELATIVE))})))?${E}`,
    "uy",
  ),
  new RegExp(
    `(?<wk>tuần)(?:\\s+(?<wq>${alt(Object.keys(RELATIVE_QUALIFIERS).filter((q) => q !== "ngoái"))}))?${E}`,
    "uy",
  ),
];

/** The period a `PERIOD` match names, as a point. */
function periodOf(g: Record<string, string | undefined>): PointExpr | undefined {
  if (g.m !== undefined) {
    const month = readMonth(g.m);
    if (!month) return undefined;
    const p: PointExpr = { kind: "point", month: month.month };
    if (month.lunar) p.lunar = true;
    if (g.my) {
      const y = readYear(g.my);
      if (y === undefined) return undefined;
      p.year = y;
    }
    return p;
  }
  if (g.mo !== undefined) {
    return {
      kind: "point",
      shift: { grain: "month", n: RELATIVE_QUALIFIERS[norm(g.mq ?? "này")] ?? 0 },
    };
  }
  if (g.yr !== undefined) {
    if (g.y) {
      const y = readYear(g.y);
      return y === undefined ? undefined : { kind: "point", year: y };
    }
    return { kind: "point", shift: { grain: "year", n: YEAR_RELATIVE[norm(g.yq ?? "nay")] ?? 0 } };
  }
  if (g.wk !== undefined) {
    return {
      kind: "point",
      shift: { grain: "week", n: RELATIVE_QUALIFIERS[norm(g.wq ?? "này")] ?? 0 },
    };
  }
  return undefined;
}

function cand(m: RegExpExecArray, expr: PortionExpr | PointExpr, rule: string): Candidate {
  const relative = expr.kind === "portion" ? !!expr.of.shift : !!expr.shift;
  return {
    start: m.index,
    end: m.index + m[0].length,
    rule,
    expr,
    ...(relative ? { relative: true } : {}),
  };
}

/** `đầu tháng 8`, `cuối năm`, `giữa tuần`. */
export const portion: TimeParser = regexParser({
  name: "portion",
  triggers: firstWords(Object.keys(PORTION_WORDS)),
  pattern: new RegExp(`(?<part>${alt(Object.keys(PORTION_WORDS))})\\s+`, "uy"),
  tail: PERIOD_TAILS,
  tailRequired: true,
  extract(m, text) {
    const g = m.groups ?? {};
    const part = PORTION_WORDS[norm(g.part ?? "")];
    const of = periodOf(g);
    if (!part || !of) return undefined;
    // `hàng đầu năm` is not a time; `từ đầu năm` is.
    if (wordBefore(text, m.index) === "hàng") return undefined;
    return cand(m, { kind: "portion", of, part }, "portion");
  },
});

/** `6 tháng đầu năm 2017`, `3 tháng cuối năm`, `10 ngày đầu tháng 2`, `9 tháng năm 2017`. */
export const firstUnits: TimeParser = regexParser({
  name: "first-units",
  nearWord: /tháng|ngày|tuần|quý/u,
  triggers: [FIGURE, ...NUMBER_STARTS],
  afterFigure: followedByWord(["tháng", "ngày", "tuần", "quý"]),
  pattern: new RegExp(
    `(?<n>\\d{1,2}|${WORDS_1_31})\\s+(?<unit>tháng|ngày|tuần|quý)\\s+(?:(?<fl>đầu|cuối)\\s+)?`,
    "uy",
  ),
  tail: PERIOD_TAILS,
  tailRequired: true,
  extract(m) {
    const g = m.groups ?? {};
    const n = readNumber(g.n);
    const unit = ({ tháng: "month", ngày: "day", tuần: "week", quý: "quarter" } as const)[
      norm(g.unit ?? "") as "tháng"
    ];
    const of = periodOf(g);
    if (n === undefined || n === 0 || !unit || !of) return undefined;
    const isYear = g.yr !== undefined;
    // `9 tháng năm 2017` (no đầu/cuối) is the first nine months; elsewhere đầu/cuối is required.
    if (!g.fl && !(isYear && unit === "month" && (g.y || g.yq))) return undefined;
    if (isYear && unit === "month" && n > 12) return undefined;
    if (!isYear && unit === "month") return undefined;
    const part = norm(g.fl ?? "đầu") === "cuối" ? "last" : "first";
    return cand(m, { kind: "portion", of, part, n, unit }, "first-units");
  },
});

/** `nửa đầu năm`, `nửa cuối năm 2017`, `nửa đầu tháng 1/2017`, `nửa sau tháng này`. */
export const halfYear: TimeParser = regexParser({
  name: "half-year",
  triggers: ["nửa"],
  pattern: /nửa\s+(?<fl>đầu|cuối|sau)\s+/uy,
  tail: PERIOD_TAILS,
  tailRequired: true,
  extract(m) {
    const g = m.groups ?? {};
    const of = periodOf(g);
    if (!of || g.wk !== undefined) return undefined;
    const part = norm(g.fl ?? "") === "đầu" ? "first-half" : "second-half";
    return cand(m, { kind: "portion", of, part }, "half-year");
  },
});

/** `ngày đầu tiên của tháng ba`, `ngày cuối cùng của tháng 2`, `tuần đầu tiên của tháng 9 năm 2017`. */
export const firstOfMonth: TimeParser = regexParser({
  name: "first-of-month",
  triggers: ["ngày", "tuần"],
  pattern: new RegExp(
    `(?<unit>ngày|tuần)\\s+(?<which>đầu\\s+tiên|cuối\\s+cùng|thứ\\s+(?:nhất|hai|ba|tư|[1-4]))\\s+(?:của\\s+)?tháng\\s+(?<m>${MONTH})(?:\\s*(?:năm\\s+|[/-]\\s?)(?<my>\\d{4}))?${E}`,
    "uy",
  ),
  extract(m) {
    const g = m.groups ?? {};
    const month = readMonth(g.m);
    if (!month) return undefined;
    const which = norm(g.which ?? "");
    const nth: Readonly<Record<string, number>> = {
      "đầu tiên": 1,
      "thứ nhất": 1,
      "thứ 1": 1,
      "thứ hai": 2,
      "thứ 2": 2,
      "thứ ba": 3,
      "thứ 3": 3,
      "thứ tư": 4,
      "thứ 4": 4,
    };
    const p: PointExpr = { kind: "point", month: month.month };
    if (month.lunar) p.lunar = true;
    if (g.my) {
      const y = readYear(g.my);
      if (y === undefined) return undefined;
      p.year = y;
    }
    if (norm(g.unit ?? "") === "tuần") {
      if (which === "cuối cùng") return undefined;
      p.weekOfMonth = nth[which] ?? 1;
      return cand(m, p, "first-of-month");
    }
    if (which === "cuối cùng")
      return cand(m, { kind: "portion", of: p, part: "last", n: 1, unit: "day" }, "first-of-month");
    p.day = nth[which] ?? 1;
    return cand(m, p, "first-of-month");
  },
});
