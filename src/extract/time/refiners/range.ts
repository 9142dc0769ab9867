/**
 * Ranges: `từ ngày 1 đến 5/8`, `từ 22/2 đến 04/3`, `8h - 17h`, `từ 8h đến 17h ngày 4/8`,
 * `từ thứ 2 đến thứ 6`, `1/1 - 4/2`, `tháng 3 đến tháng 5`. The two ends fill each other's missing
 * fields when resolved (`1` borrows the month of `5/8`).
 */
import type { PointExpr } from "../expr.js";
import { atBoundary } from "../patterns.js";
import type { Candidate, TimeRefiner } from "../types.js";
import { hasTime, isDay, pointOf } from "./traits.js";

/** Two points that can be the ends of one range: both days, both times, both months or both years. */
function compatible(a: PointExpr, b: PointExpr): boolean {
  if (hasTime(a) || hasTime(b)) return hasTime(a) && hasTime(b);
  if (isDay(a) || isDay(b)) return isDay(a) && isDay(b) && !a.shift === !b.shift;
  if (a.month !== undefined || b.month !== undefined)
    return a.month !== undefined && b.month !== undefined;
  if (a.quarter !== undefined || b.quarter !== undefined)
    return a.quarter !== undefined && b.quarter !== undefined;
  return a.year !== undefined && b.year !== undefined;
}

/** What may stand between the two ends of a range. */
export const RANGE_GAP = /^\s*(?:[-–—~]|đến(?:\s+hết)?|tới|cho\s+đến)\s*(?:ngày\s+)?$/iu;
/** A day number before `đến`: `từ (ngày) 1 đến 5/8`, `từ 8 đến 13-3`. */
export const BARE_DAY_BEFORE =
  /(từ\s+(?:ngày\s+)?|ngày\s+)(\d{1,2})\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?$/iu;
export const FROM_BEFORE = /từ\s+$/iu;

/** Joins `a (đến|-) b` into an interval, taking in a `từ` before `a`. */
export const mergeRange: TimeRefiner = {
  name: "range",
  refine(cands, text) {
    const sorted = [...cands].sort((x, y) => x.start - y.start || y.end - x.end);
    const out: Candidate[] = [];
    for (const c of sorted) {
      const prev = out[out.length - 1];
      const pb = pointOf(c);
      if (prev && pb && prev.end <= c.start && c.start - prev.end <= 16) {
        const pa = pointOf(prev);
        const gap = text.slice(prev.end, c.start);
        if (
          pa &&
          !gap.includes("\n") &&
          RANGE_GAP.test(gap) &&
          compatible(pa, pb) &&
          !(prev.weak && c.weak)
        ) {
          const fromAt = Math.max(0, prev.start - 8);
          const fromM = FROM_BEFORE.exec(text.slice(fromAt, prev.start));
          const from = fromM && atBoundary(text, fromAt + fromM.index) ? fromM : null;
          out[out.length - 1] = {
            start: from ? prev.start - from[0].length : prev.start,
            end: c.end,
            rule: `range(${prev.rule},${c.rule})`,
            expr: { kind: "interval", from: pa, to: pb },
            ...(prev.relative || c.relative ? { relative: true } : {}),
          };
          continue;
        }
      }
      // `từ 1 đến 5/8`: the left end is a bare day number no parser took.
      if (pb && pb.day !== undefined && pb.month !== undefined && pb.hour === undefined) {
        const beforeAt = Math.max(0, c.start - 24);
        const mb = BARE_DAY_BEFORE.exec(text.slice(beforeAt, c.start));
        const m = mb && atBoundary(text, beforeAt + mb.index) ? mb : null;
        const d = m ? Number(m[2]) : Number.NaN;
        if (m && d >= 1 && d < (pb.day ?? 0) && (!prev || prev.end <= c.start - m[0].length)) {
          const start = c.start - m[0].length;
          out.push({
            start,
            end: c.end,
            rule: `range(day,${c.rule})`,
            expr: { kind: "interval", from: { kind: "point", day: d }, to: pb },
          });
          continue;
        }
      }
      out.push(c);
    }
    return out;
  },
};
