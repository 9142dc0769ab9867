/**
 * The next or last n units: `3 ngày tới`, `3 giây tiếp theo`, `2 phút vừa rồi`, `2 tháng qua`,
 * `24h qua`. (`3 năm trước` is a point, "three years ago": see `ago`.)
 */
import { SPAN_DIRECTIONS, SPAN_UNITS } from "../lexicon.js";
import { regexParser } from "../parser.js";
import { alt, E, readNumber, WORDS_1_31 } from "../patterns.js";
import { either, FIGURE, followedByChar, followedByWord, NUMBER_STARTS } from "../scan.js";
import type { TimeParser } from "../types.js";

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

/** `N <unit> tới|tiếp theo|vừa rồi|qua`. */
export const span: TimeParser = regexParser({
  name: "span",
  nearWord: /tới|tiếp|vừa|qua|gần/u,
  triggers: [FIGURE, ...NUMBER_STARTS],
  afterFigure: either(followedByChar("hH"), followedByWord([...Object.keys(SPAN_UNITS)])),
  pattern: new RegExp(`(?<n>\\d{1,3}|${WORDS_1_31})`, "uy"),
  tail: new RegExp(
    `\\s?(?<unit>${alt([...Object.keys(SPAN_UNITS), "h"])})\\s+(?<dir>${alt(Object.keys(SPAN_DIRECTIONS))})${E}`,
    "uy",
  ),
  tailRequired: true,
  extract(m) {
    const g = m.groups ?? {};
    const n = readNumber(g.n);
    const unitWord = norm(g.unit ?? "");
    const grain = unitWord === "h" ? "hour" : SPAN_UNITS[unitWord];
    const direction = SPAN_DIRECTIONS[norm(g.dir ?? "")];
    if (n === undefined || n === 0 || !grain || !direction) return undefined;
    // `3 ngày tới` needs a space before the unit word; `24h qua` has none.
    if (unitWord !== "h" && !/\s/.test(m[0].slice((g.n ?? "").length, (g.n ?? "").length + 1))) {
      return undefined;
    }
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: "span",
      expr: { kind: "span", grain, n, direction },
      relative: true,
    };
  },
});
