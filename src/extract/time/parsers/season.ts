/**
 * Seasons with a qualifier: `mùa hè này`, `mùa hè năm nay`, `mùa đông năm 2017`, `mùa thu tới`.
 * A bare `mùa hè` is the idea of summer, not a date, and is not taken.
 */
import type { SeasonExpr } from "../expr.js";
import { SEASON_WORDS } from "../lexicon.js";
import { regexParser } from "../parser.js";
import { alt, E, wordAfter } from "../patterns.js";
import type { TimeParser } from "../types.js";

const SHIFT: Readonly<Record<string, number>> = {
  này: 0,
  nay: 0,
  tới: 1,
  sau: 1,
  trước: -1,
  qua: -1,
  "vừa qua": -1,
};
const YEAR_SHIFT: Readonly<Record<string, number>> = {
  nay: 0,
  ngoái: -1,
  trước: -1,
  sau: 1,
  tới: 1,
};

/** A season with `này`/`tới`/`trước` or a year. */
export const season: TimeParser = regexParser({
  name: "season",
  triggers: ["mùa"],
  pattern: new RegExp(
    `mùa\\s+(?<s>${alt(Object.keys(SEASON_WORDS))})\\s+(?:năm\\s+(?:(?<y>\\d{4})|(?<ys>${alt(Object.keys(YEAR_SHIFT))}))|(?<q>${alt(Object.keys(SHIFT))}))${E}`,
    "uy",
  ),
  extract(m, text) {
    const g = m.groups ?? {};
    const s = SEASON_WORDS[(g.s ?? "").toLowerCase()];
    if (!s) return undefined;
    // `mùa hè trước khi bạn lên xe`: `trước khi` is "before", not "last".
    if (g.q === "trước" && wordAfter(text, m.index + m[0].length) === "khi") return undefined;
    const e: SeasonExpr = { kind: "season", season: s, shift: 0 };
    if (g.y) e.year = Number(g.y);
    else if (g.ys) e.yearShift = YEAR_SHIFT[g.ys.toLowerCase()] ?? 0;
    else e.shift = SHIFT[(g.q ?? "").toLowerCase().replace(/\s+/g, " ")] ?? 0;
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: "season",
      expr: e,
      ...(g.y ? {} : { relative: true }),
    };
  },
});
