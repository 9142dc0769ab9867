/**
 * Weeks, months, quarters and years relative to now: `tuần này`, `tháng trước`, `quý tới`,
 * `năm ngoái`, `năm nay`; and `N năm trước`/`cách đây N năm` (N years ago).
 */
import { RELATIVE_QUALIFIERS, UNIT_WORDS } from "../lexicon.js";
import { regexParser } from "../parser.js";
import { alt, E, readNumber, WORDS_1_31, wordAfter, wordBefore } from "../patterns.js";
import { FIGURE, firstWords, followedByWord, NUMBER_STARTS } from "../scan.js";
import type { TimeParser } from "../types.js";

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/**
 * Words before `năm qua`, `năm trước`... that make them vague spans, not last year: `bao năm qua`
 * (all these years), `nhiều năm nay`, `vài năm trước` (a few years ago), `mỗi năm`.
 */
const VAGUE_BEFORE: ReadonlySet<string> = new Set([
  "bao",
  "nhiêu",
  "nhiều",
  "những",
  "các",
  "mấy",
  "vài",
  "hàng",
  "hằng",
  "mỗi",
  "từng",
  "dăm",
]);

/** `tuần này`, `tháng trước`, `năm ngoái`, `quý tiếp theo`. */
export const relativeUnit: TimeParser = regexParser({
  name: "relative-unit",
  triggers: firstWords(Object.keys(UNIT_WORDS)),
  pattern: new RegExp(
    `(?<unit>${alt(Object.keys(UNIT_WORDS))})\\s+(?<q>${alt(Object.keys(RELATIVE_QUALIFIERS))})${E}`,
    "uy",
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const grain = UNIT_WORDS[norm(g.unit ?? "")];
    const n = RELATIVE_QUALIFIERS[norm(g.q ?? "")];
    if (!grain || n === undefined) return undefined;
    // `5 năm sau` (five years later) and `hai tuần trước` (two weeks ago) count units: not this rule.
    const before = wordBefore(text, m.index);
    if (
      /\d$/.test(text.slice(Math.max(0, m.index - 2), m.index).trim()) ||
      readNumber(before) !== undefined
    ) {
      return undefined;
    }
    // `năm sau đó` (the year after that) is anchored on the story, not on today.
    const after = wordAfter(text, m.index + m[0].length);
    if (
      (n !== 0 && (after === "đó" || after === "đấy" || after === "khi")) ||
      VAGUE_BEFORE.has(before)
    ) {
      return undefined;
    }
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: "relative-unit",
      expr: { kind: "point", shift: { grain, n } },
      relative: true,
    };
  },
});

const AGO_UNITS: Readonly<Record<string, "day" | "week" | "month" | "year">> = {
  ngày: "day",
  tuần: "week",
  tháng: "month",
  năm: "year",
};

/**
 * `3 năm trước`, `cách đây 2 tháng`: a point n units before the anchor; `3 tháng nữa`, `20 ngày
 * nữa`: n units after it.
 */
export const ago: TimeParser = regexParser({
  name: "ago",
  nearWord: /trước|nữa|đây/u,
  triggers: [FIGURE, "cách", ...NUMBER_STARTS],
  afterFigure: followedByWord(Object.keys(AGO_UNITS)),
  pattern: new RegExp(
    `(?:(?<pre>cách\\s+đây)\\s+)?(?<n>\\d{1,3}|${WORDS_1_31})\\s+(?<unit>${alt(Object.keys(AGO_UNITS))})${E}`,
    "uy",
  ),
  tail: /(?<post>\s+(?:về\s+)?trước|\s+nữa)(?![\p{L}\p{M}\p{N}])/uy,
  extract(m, text) {
    const g = m.groups ?? {};
    if (!g.pre === !g.post) return undefined; // exactly one of `cách đây N` / `N ... trước|nữa`
    const later = !!g.post && g.post.trim() === "nữa";
    const n = readNumber(g.n);
    const grain = AGO_UNITS[norm(g.unit ?? "")];
    if (n === undefined || !grain || n === 0) return undefined;
    const after = wordAfter(text, m.index + m[0].length);
    // `2 ngày trước khi`, `3 năm trước đó`: before another event, not before now.
    if (g.post && ["khi", "đó", "đấy", "ngày", "kỳ", "hạn"].includes(after)) return undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: "ago",
      expr: { kind: "point", shift: { grain, n: later ? n : -n } },
      relative: true,
    };
  },
});
