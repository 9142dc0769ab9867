/**
 * Parts of the day: `sáng`, `chiều tối`, `rạng sáng`, and with a day word `tối nay`, `trưa mai`,
 * `sáng hôm qua`, plus `sau bữa trưa`.
 *
 * A bare part of day is weak: `sáng kiến`, `tối đa`, `chiều dài` are not times, and `sáng` alone
 * says nothing about which day. It survives only merged with what it qualifies (`sáng 4/8`,
 * `3 giờ chiều`, `sáng chủ nhật`, `chiều cùng ngày`).
 */
import type { HourWindow, PartOfDay, PointExpr } from "../expr.js";
import { PART_OF_DAY_RELATIVE, PART_OF_DAY_WORDS, SPECIAL_WINDOWS } from "../lexicon.js";
import { phraseParser } from "../parser.js";
import { alt, E } from "../patterns.js";
import { PhraseMatcher } from "../phrases.js";
import type { TimeParser } from "../types.js";

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

const PARTS: readonly (readonly [string, { part: PartOfDay; window?: HourWindow }])[] = [
  ...Object.entries(PART_OF_DAY_WORDS).map(([k, part]) => [k, { part }] as const),
  ...Object.entries(SPECIAL_WINDOWS),
];

/** ` nay`, ` hôm qua`, ` mai` after a part of day. */
export const PART_RELATIVE = new RegExp(
  `\\s+(${alt(Object.keys(PART_OF_DAY_RELATIVE))})${E}`,
  "uy",
);

/** `sáng`, `tối nay`, `trưa mai`, `sáng hôm qua`, `chiều tối`, `sau bữa trưa`. */
export const partOfDay: TimeParser = phraseParser({
  name: "part-of-day",
  phrases: new PhraseMatcher(PARTS),
  phraseList: PARTS.map(([k]) => k),
  suffix: PART_RELATIVE,
  extract(found, suffix, _text, start) {
    const p: PointExpr = { kind: "point", partOfDay: found.value.part };
    if (found.value.window) p.window = found.value.window;
    const rel = suffix ? PART_OF_DAY_RELATIVE[norm(suffix[1] ?? "")] : undefined;
    if (rel !== undefined) p.shift = { grain: "day", n: rel };
    const standalone = rel !== undefined || found.phrase === "sau bữa trưa";
    return {
      start,
      end: suffix && rel !== undefined ? suffix.index + suffix[0].length : found.end,
      rule: "part-of-day",
      expr: p,
      ...(standalone ? { relative: rel !== undefined } : { weak: true }),
    };
  },
});
