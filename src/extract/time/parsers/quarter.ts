/**
 * Quarters: `quý 3`, `quý ba`, `quý III/2017`, `quý 4 năm 2018`, `quý 4 của năm 2018`, `quý I-2017`.
 * (`quý này`, `quý tới` are relative units.)
 */
import type { PointExpr } from "../expr.js";
import { ROMAN } from "../lexicon.js";
import { regexParser } from "../parser.js";
import type { TimeParser } from "../types.js";
import { readYear } from "./common.js";

const QUARTER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  nhất: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
};

/** `quý N` with an optional year. */
export const quarter: TimeParser = regexParser({
  name: "quarter",
  triggers: ["quý"],
  pattern:
    /quý\s+(?:(?<r>iv|iii|ii|i)|(?<n>[1-4])|(?<w>một|nhất|hai|ba|bốn|tư))(?:\s*(?:\/|-|năm|của\s+năm|,\s*năm)\s*(?<y>\d{4}))?(?![\p{L}\p{M}\p{N}])/uy,
  extract(m) {
    const g = m.groups ?? {};
    const q = g.r
      ? ROMAN[g.r.toUpperCase()]
      : g.n
        ? Number(g.n)
        : QUARTER_WORDS[(g.w ?? "").toLowerCase()];
    if (!q) return undefined;
    const p: PointExpr = { kind: "point", quarter: q };
    if (g.y) {
      const y = readYear(g.y);
      if (y === undefined) return undefined;
      p.year = y;
    }
    return { start: m.index, end: m.index + m[0].length, rule: "quarter", expr: p };
  },
});
