/**
 * Year ranges: `2016-2020` (after `giai đoạn`, `nhiệm kỳ`, or alone, as in `(1930 - 2017)`),
 * `năm 2016 - 2017`, `từ năm 2016 đến năm 2020`. The end year is included: the interval ends at
 * the start of the year after it.
 */

import { regexParser } from "../parser.js";
import { FIGURE, followedByChar } from "../scan.js";
import type { TimeParser } from "../types.js";
import { readYear } from "./common.js";

/** `YYYY-YYYY`, `từ (năm) YYYY đến (năm) YYYY`. */
export const yearRange: TimeParser = regexParser({
  name: "year-range",
  triggers: [FIGURE, "từ", "năm"],
  afterFigure: followedByChar("-–—"),
  pattern:
    /(?:(?<tu>từ)\s+(?:năm\s+)?(?<a1>\d{4})\s+(?:đến|tới)\s+(?:năm\s+)?(?<b1>\d{4})|(?:năm\s+)?(?<a2>\d{4})\s?[-–—]\s?(?<b2>\d{4}))(?![\p{L}\p{M}\p{N}]|[-–/.]\d)/uy,
  extract(m) {
    const g = m.groups ?? {};
    const a = readYear(g.a1 ?? g.a2);
    const b = readYear(g.b1 ?? g.b2);
    if (a === undefined || b === undefined || b <= a || b - a > 200) return undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      rule: "year-range",
      expr: { kind: "interval", from: { kind: "point", year: a }, to: { kind: "point", year: b } },
    };
  },
});
