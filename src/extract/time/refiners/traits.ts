/**
 * What a candidate is, for the merge refiners: a day (`4/8`, `hôm qua`, `thứ Sáu`), a time of day
 * (`10h30`), a bare part of day (`sáng`)...
 */
import type { PointExpr } from "../expr.js";
import type { Candidate } from "../types.js";

/** The point of a candidate, if it is one. */
export function pointOf(c: Candidate): PointExpr | undefined {
  return c.expr.kind === "point" ? c.expr : undefined;
}

/** Names a day: a date with a day, a weekday, a relative day, `cùng ngày`. */
export function isDay(p: PointExpr | undefined): boolean {
  if (!p) return false;
  return (
    p.day !== undefined ||
    p.weekday !== undefined ||
    p.previousDay !== undefined ||
    p.shift?.grain === "day"
  );
}

/** Names a time of day (an hour), with or without a day. */
export function hasTime(p: PointExpr | undefined): boolean {
  return !!p && p.hour !== undefined;
}

/** A part of day with no day and no hour (`sáng`, `chiều tối`). */
export function isBarePart(p: PointExpr | undefined): boolean {
  return !!p && (!!p.partOfDay || !!p.window) && p.hour === undefined && !isDay(p);
}

/** A weekday with nothing else. */
export function isBareWeekday(p: PointExpr | undefined): boolean {
  return (
    !!p &&
    p.weekday !== undefined &&
    p.day === undefined &&
    p.hour === undefined &&
    !p.partOfDay &&
    !p.shift &&
    !p.direction
  );
}

/** Has a calendar day (`4/8`, `ngày 15`), not only a weekday or relative day. */
export function isCalendarDay(p: PointExpr | undefined): boolean {
  return !!p && p.day !== undefined;
}

/** The fields of `day` and `time` together: a date-time. */
export function combine(day: PointExpr, time: PointExpr): PointExpr {
  const out: PointExpr = { ...day };
  for (const k of ["hour", "minute", "second", "zone", "ambiguousHour", "window"] as const) {
    if (time[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = time[k];
  }
  if (time.partOfDay) out.partOfDay = time.partOfDay;
  if (out.partOfDay && out.hour !== undefined) delete out.ambiguousHour;
  return out;
}
