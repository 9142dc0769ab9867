/**
 * Anchoring: from an expression and a reference date to ISO values.
 *
 * Partial dates are completed from the anchor by trying the neighbouring years (months, weeks,
 * days) and keeping the nearest one, or, in `future` mode (Duckling's convention, used to score its
 * corpus), the first one that has not ended yet. Without an anchor a partial date stays unresolved.
 */
import {
  add,
  type Civil,
  civil,
  daysInMonth,
  fields,
  formatIso,
  type Grain,
  grainRank,
  isoWeekday,
  isValidDate,
  startOf,
} from "./calendar/civil.js";
import { lunarToSolar, solarToLunar, yearOfCanChi } from "./calendar/lunar.js";
import type {
  FieldName,
  HourWindow,
  IntervalExpr,
  PartOfDay,
  PointExpr,
  PortionExpr,
  SeasonExpr,
  SpanExpr,
  TimeExpr,
} from "./expr.js";
import { PART_OF_DAY_WINDOWS, SEASONS, YEAR_PORTIONS } from "./lexicon.js";

/** How partial dates are completed: the nearest occurrence, or the next one (Duckling). */
export type Prefer = "nearest" | "future";

/** What resolution needs: the anchor (if any) and how to print. */
export interface ResolveContext {
  /** The anchor as a civil interval: a reference date of day precision covers the whole day. */
  anchor?: { start: Civil; end: Civil };
  /** UTC offset of the output, in minutes. */
  offset: number;
  prefer: Prefer;
  /** The last day a previous date in the text resolved to (for `cùng ngày`, `hôm sau`). */
  previousDay?: Civil;
}

/** A resolved civil interval with its grain. */
export interface Resolved {
  start: Civil;
  /** Exclusive end. */
  end: Civil;
  grain: Grain;
  /** Whether to print it as an interval (parts of day, seasons, ranges, lunar months). */
  interval: boolean;
  /** Calendar fields taken from the anchor rather than the text. */
  inferred: FieldName[];
  /** The lunar date, when the phrase was lunar and names a day or month. */
  lunar?: { year: number; month: number; day?: number; leap: boolean };
}

/** A Duckling-shaped value. */
export type TimeValueOut =
  | { type: "value"; value: string; grain: Grain }
  | {
      type: "interval";
      from?: { value: string; grain: Grain };
      to?: { value: string; grain: Grain };
    };

/** The finest grain a point states. */
export function pointGrain(p: PointExpr): Grain {
  if (p.grain) return p.grain;
  if (p.second !== undefined) return "second";
  if (p.minute !== undefined) return "minute";
  if (p.hour !== undefined || p.partOfDay || p.window) return "hour";
  if (p.day !== undefined || p.weekday !== undefined || p.previousDay !== undefined) return "day";
  if (p.weekOfMonth !== undefined) return "week";
  if (p.month !== undefined) return "month";
  if (p.quarter !== undefined) return "quarter";
  if (p.year !== undefined) return "year";
  return p.shift?.grain ?? "day";
}

/** The 24-hour clock hour of `hour` said with a part of day (`3 giờ chiều` = 15). */
export function hourWithPartOfDay(hour: number, part: PartOfDay | undefined): number {
  if (!part || hour > 12) return hour;
  switch (part) {
    case "early-morning":
    case "morning":
      return hour === 12 ? 0 : hour;
    case "noon":
      return hour <= 4 ? hour + 12 : hour;
    case "afternoon":
    case "evening":
      return hour === 12 ? 12 : hour + 12;
    case "night":
      // `11 giờ đêm` is 23:00, `2 giờ đêm` is 02:00.
      return hour >= 6 && hour < 12 ? hour + 12 : hour === 12 ? 0 : hour;
  }
}

/** The civil interval of a point whose calendar fields are all known (year, maybe month...). */
function intervalOfFullPoint(
  p: PointExpr,
  y: number,
  ctx: ResolveContext,
): { start: Civil; end: Civil } | undefined {
  const grain = pointGrain(p);
  let start: Civil;
  if (p.lunar) {
    const r = lunarInterval(y, p);
    if (!r) return undefined;
    if (p.hour === undefined && !p.partOfDay && !p.window) return r;
    start = r.start;
  } else if (p.month !== undefined) {
    if (p.day !== undefined) {
      if (!isValidDate(y, p.month, p.day)) return undefined;
      start = civil(y, p.month, p.day);
    } else if (p.weekOfMonth !== undefined) {
      // Week n of a month starts on the month's n-th Monday (Duckling's reading).
      const first = civil(y, p.month, 1);
      const toMonday = (8 - isoWeekday(first)) % 7;
      start = add(first, "day", toMonday + 7 * (p.weekOfMonth - 1));
      return { start, end: add(start, "week", 1) };
    } else {
      start = civil(y, p.month, 1);
      if (grain === "month") return { start, end: add(start, "month", 1) };
    }
  } else if (p.quarter !== undefined) {
    start = civil(y, 3 * (p.quarter - 1) + 1, 1);
    return { start, end: add(start, "quarter", 1) };
  } else {
    start = civil(y, 1, 1);
    return { start, end: add(start, "year", 1) };
  }
  if (p.weekday !== undefined && p.day !== undefined && isoWeekday(start) !== p.weekday) {
    // `thứ Sáu (4/8)` where 4/8 is not a Friday: trust the date, it is what readers check.
  }
  return timeOnDay(p, start, ctx);
}

/** The lunar day, month or year as a solar interval. */
function lunarInterval(lunarYear: number, p: PointExpr): { start: Civil; end: Civil } | undefined {
  const leap = !!p.leapMonth;
  if (p.month === undefined) {
    const a = lunarToSolar({ year: lunarYear, month: 1, day: 1, leap: false });
    const b = lunarToSolar({ year: lunarYear + 1, month: 1, day: 1, leap: false });
    if (!a || !b) return undefined;
    return { start: civil(a.year, a.month, a.day), end: civil(b.year, b.month, b.day) };
  }
  const first = lunarToSolar({ year: lunarYear, month: p.month, day: 1, leap });
  if (!first) return undefined;
  const firstCivil = civil(first.year, first.month, first.day);
  const day30 = lunarToSolar({ year: lunarYear, month: p.month, day: 30, leap });
  const length = day30 ? 30 : 29;
  if (p.day === undefined) return { start: firstCivil, end: add(firstCivil, "day", length) };
  // `30 Tết` in a year whose last month has 29 days is its last day, New Year's Eve.
  const day = p.day === 30 && length === 29 ? 29 : p.day;
  if (day < 1 || day > 30) return undefined;
  const start = add(firstCivil, "day", day - 1);
  return { start, end: add(start, "day", 1) };
}

/** The window of a part of day, or a custom one. */
function windowOf(p: PointExpr): HourWindow | undefined {
  return p.window ?? (p.partOfDay ? PART_OF_DAY_WINDOWS[p.partOfDay] : undefined);
}

/** Places a point's time of day (or part of day) on the day starting at `day`. */
function timeOnDay(
  p: PointExpr,
  day: Civil,
  ctx: ResolveContext,
): { start: Civil; end: Civil } | undefined {
  const grain = pointGrain(p);
  if (p.hour !== undefined) {
    const h = hourWithPartOfDay(p.hour, p.partOfDay);
    let start = add(day, "hour", h);
    start = add(start, "minute", p.minute ?? 0);
    start = add(start, "second", p.second ?? 0);
    if (p.zone !== undefined) start = add(start, "minute", ctx.offset - p.zone);
    return { start, end: add(start, grain, 1) };
  }
  const w = windowOf(p);
  if (w) return { start: add(day, "hour", w.from), end: add(day, "hour", w.to) };
  return { start: day, end: add(day, grain === "week" ? "week" : "day", 1) };
}

/** Distance between two intervals (0 when they overlap). */
function distance(a: { start: Civil; end: Civil }, b: { start: Civil; end: Civil }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Picks among candidate intervals by direction or preference. */
function choose<T extends { start: Civil; end: Civil }>(
  candidates: T[],
  anchor: { start: Civil; end: Civil },
  prefer: Prefer,
  direction: "next" | "last" | undefined,
): T | undefined {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  if (direction === "next") return sorted.find((c) => c.start >= anchor.end);
  if (direction === "last") return [...sorted].reverse().find((c) => c.end <= anchor.start);
  if (prefer === "future") return sorted.find((c) => c.end > anchor.start);
  let best: T | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of sorted) {
    const d = distance(c, anchor);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** The anchor cut to the given grain: "thứ năm vừa rồi" compares whole days, not instants. */
function anchorAt(ctx: ResolveContext, grain: Grain): { start: Civil; end: Civil } | undefined {
  if (!ctx.anchor) return undefined;
  if (grainRank(grain) <= grainRank("hour")) return ctx.anchor;
  const start = startOf(ctx.anchor.start, grain);
  return { start, end: Math.max(add(start, grain, 1), ctx.anchor.end) };
}

const UPPER: readonly FieldName[] = ["year", "month", "day"];

/** Which of year/month/day were needed and not stated. */
function inferredFields(p: PointExpr, grain: Grain): FieldName[] {
  const out: FieldName[] = [];
  const needsMonth = grainRank(grain) <= grainRank("week") && !(p.lunar && p.month === undefined);
  const needsDay = grainRank(grain) <= grainRank("day") && p.weekOfMonth === undefined;
  for (const f of UPPER) {
    if (f === "year" && p.year === undefined) out.push("year");
    if (f === "month" && needsMonth && p.month === undefined && p.quarter === undefined) {
      out.push("month");
    }
    if (f === "day" && needsDay && p.day === undefined) out.push("day");
  }
  return out;
}

/** Resolves a point; `undefined` when it needs an anchor there is none of, or is impossible. */
export function resolvePoint(point: PointExpr, ctx: ResolveContext): Resolved | undefined {
  let p = point;
  if (p.canChi && p.year === undefined) {
    // The 60-year cycle: the year of that name nearest the anchor's lunar year.
    if (!ctx.anchor) return undefined;
    const near = solarToLunar(fields(ctx.anchor.start)).year;
    const year = yearOfCanChi(p.canChi.stem, p.canChi.branch, near);
    if (year === undefined) return undefined;
    p = { ...p, year };
  }
  const grain = pointGrain(p);
  const interval =
    (p.hour === undefined && windowOf(p) !== undefined) ||
    (!!p.lunar && p.day === undefined && grain !== "hour");
  const done = (r: { start: Civil; end: Civil } | undefined, inferred: FieldName[]) => {
    if (!r) return undefined;
    const out: Resolved = {
      ...r,
      grain: interval ? (p.lunar ? "day" : "hour") : grain,
      interval,
      inferred,
    };
    if (p.lunar) {
      const l = solarToLunar(fields(r.start));
      out.lunar = {
        year: l.year,
        month: l.month,
        ...(p.day !== undefined ? { day: l.day } : {}),
        leap: l.leap,
      };
    }
    if (p.zone !== undefined && !interval) out.grain = "minute";
    return out;
  };

  // Same day as the previous date in the text, or a day after/before it.
  if (p.previousDay !== undefined) {
    if (ctx.previousDay === undefined) return undefined;
    const day = add(startOf(ctx.previousDay, "day"), "day", p.previousDay);
    return done(timeOnDay(p, day, ctx), ["year", "month", "day"]);
  }

  // Relative to the anchor: hôm qua, tuần sau, tháng trước, tối mai, thứ năm tuần tới.
  if (p.shift) {
    if (!ctx.anchor) return undefined;
    const base = startOf(add(ctx.anchor.start, p.shift.grain, p.shift.n), p.shift.grain);
    const all: FieldName[] = ["year", "month", "day"].filter((f) =>
      f === "year"
        ? true
        : f === "month"
          ? grainRank(grain) <= grainRank("month")
          : grainRank(grain) <= grainRank("day"),
    ) as FieldName[];
    if (p.shift.grain === "week" && p.weekday !== undefined) {
      return done(timeOnDay(p, add(base, "day", p.weekday - 1), ctx), all);
    }
    if (p.shift.grain === "day") return done(timeOnDay(p, base, ctx), all);
    if (p.shift.grain === "year" && (p.month !== undefined || p.quarter !== undefined)) {
      const y = fields(base).year;
      const { shift: _shift, ...rest } = p;
      return done(intervalOfFullPoint(rest, y, ctx), all);
    }
    return done({ start: base, end: add(base, p.shift.grain, 1) }, all);
  }

  // Fully stated from the year down: no anchor needed.
  if (p.year !== undefined && !p.twoDigitYear) {
    return done(intervalOfFullPoint(p, p.year, ctx), []);
  }

  if (p.twoDigitYear && p.year !== undefined) {
    // `3/3/17`: the year of that century nearest the anchor, else 2000s.
    const anchorYear = ctx.anchor ? fields(ctx.anchor.start).year : 2000;
    const century = Math.floor(anchorYear / 100) * 100;
    const options = [century - 100 + p.year, century + p.year, century + 100 + p.year];
    let y = options[1] as number;
    for (const o of options) if (Math.abs(o - anchorYear) < Math.abs(y - anchorYear)) y = o;
    return done(intervalOfFullPoint({ ...p, twoDigitYear: false }, y, ctx), []);
  }

  if (!ctx.anchor) return undefined;
  const a = ctx.anchor.start;
  const af = fields(a);
  const inferred = inferredFields(p, grain);

  // Year missing: try the neighbouring (solar or lunar) years.
  if (p.month !== undefined || p.quarter !== undefined || p.lunar) {
    const y0 = p.lunar ? solarToLunar(af).year : af.year;
    const cands: { start: Civil; end: Civil }[] = [];
    const variants =
      p.ambiguousHour && ctx.prefer === "future" ? [p, { ...p, hour: (p.hour ?? 0) + 12 }] : [p];
    for (let y = y0 - 1; y <= y0 + 1; y++) {
      for (const v of variants) {
        const r = intervalOfFullPoint(v, y, ctx);
        if (r) cands.push(r);
      }
    }
    const at = anchorAt(
      ctx,
      p.lunar
        ? "day"
        : grain === "hour" || grain === "minute" || grain === "second"
          ? grain
          : grain,
    );
    return done(at ? choose(cands, at, ctx.prefer, p.direction) : undefined, inferred);
  }

  // Month missing, day stated: the neighbouring months.
  if (p.day !== undefined) {
    const cands: { start: Civil; end: Civil }[] = [];
    for (let k = -1; k <= 1; k++) {
      const m0 = civil(af.year, af.month + k, 1);
      const f = fields(m0);
      if (p.day > daysInMonth(f.year, f.month)) continue;
      const r = timeOnDay(p, civil(f.year, f.month, p.day), ctx);
      if (r) cands.push(r);
    }
    const at = anchorAt(ctx, grain);
    return done(at ? choose(cands, at, ctx.prefer, p.direction) : undefined, inferred);
  }

  // A weekday: the neighbouring weeks.
  if (p.weekday !== undefined) {
    const week = startOf(a, "week");
    const cands: { start: Civil; end: Civil }[] = [];
    for (let k = -1; k <= 1; k++) {
      const r = timeOnDay(p, add(week, "day", 7 * k + p.weekday - 1), ctx);
      if (r) cands.push(r);
    }
    const at = anchorAt(ctx, "day");
    return done(at ? choose(cands, at, ctx.prefer, p.direction) : undefined, inferred);
  }

  // A time of day or part of day alone: the neighbouring days.
  if (p.hour !== undefined || windowOf(p)) {
    const day = startOf(a, "day");
    const cands: { start: Civil; end: Civil }[] = [];
    const variants =
      p.ambiguousHour && ctx.prefer === "future" ? [p, { ...p, hour: (p.hour ?? 0) + 12 }] : [p];
    for (let k = -1; k <= 1; k++) {
      for (const v of variants) {
        const r = timeOnDay(v, add(day, "day", k), ctx);
        if (r) cands.push(r);
      }
    }
    const at = anchorAt(ctx, grain);
    return done(at ? choose(cands, at, ctx.prefer, p.direction) : undefined, inferred);
  }
  return undefined;
}

/** `3 ngày tới`, `2 tháng vừa rồi`: n whole units after or before the anchor's unit. */
function resolveSpan(s: SpanExpr, ctx: ResolveContext): Resolved | undefined {
  if (!ctx.anchor) return undefined;
  const unit = startOf(ctx.anchor.start, s.grain);
  const start = s.direction === "future" ? add(unit, s.grain, 1) : add(unit, s.grain, -s.n);
  const end = s.direction === "future" ? add(start, s.grain, s.n) : unit;
  return { start, end, grain: s.grain, interval: true, inferred: ["year", "month", "day"] };
}

/** A season, from the table in the lexicon. */
function resolveSeason(s: SeasonExpr, ctx: ResolveContext): Resolved | undefined {
  const def = SEASONS[s.season];
  const at = (y: number) => {
    const start = civil(y, def.from[0], def.from[1]);
    const endYear = def.to[0] < def.from[0] ? y + 1 : y;
    return { start, end: civil(endYear, def.to[0], def.to[1]) };
  };
  if (s.year !== undefined) {
    return { ...at(s.year), grain: "day", interval: true, inferred: [] };
  }
  if (!ctx.anchor) return undefined;
  if (s.yearShift !== undefined) {
    const y = fields(ctx.anchor.start).year + s.yearShift;
    return { ...at(y), grain: "day", interval: true, inferred: ["year"] };
  }
  const anchor = ctx.anchor.start;
  const y0 = fields(anchor).year;
  const cands = [at(y0 - 2), at(y0 - 1), at(y0), at(y0 + 1)];
  const i = cands.findIndex((c) => c.end > anchor);
  const pick = cands[i + s.shift];
  if (!pick) return undefined;
  return { ...pick, grain: "day", interval: true, inferred: ["year"] };
}

/** `đầu tháng 8`, `cuối năm`, `6 tháng đầu năm 2017`. */
function resolvePortion(p: PortionExpr, ctx: ResolveContext): Resolved | undefined {
  const base = resolvePoint(p.of, ctx);
  if (!base) return undefined;
  const g = base.grain;
  let start: Civil;
  let end: Civil;
  let grain: Grain;
  if (p.part === "first-half" || p.part === "second-half") {
    // Halves: of a year, 6 months each; of a month, days 1-15 and 16 to the end.
    const mid = g === "year" ? add(base.start, "month", 6) : add(base.start, "day", 15);
    if (g !== "year" && g !== "month") return undefined;
    start = p.part === "first-half" ? base.start : mid;
    end = p.part === "first-half" ? mid : base.end;
    grain = g === "year" ? "month" : "day";
  } else if (p.part === "first" || p.part === "last") {
    const unit = p.unit ?? "day";
    const n = p.n ?? 1;
    start = p.part === "first" ? base.start : add(base.end, unit, -n);
    end = p.part === "first" ? add(base.start, unit, n) : base.end;
    grain = unit;
  } else if (g === "year") {
    const [from, to] = YEAR_PORTIONS[p.part];
    start = add(base.start, "month", from - 1);
    end = add(base.start, "month", to - 1);
    grain = "month";
  } else if (g === "month") {
    const f = fields(base.start);
    const last = daysInMonth(f.year, f.month);
    const [d0, d1] = p.part === "early" ? [1, 11] : p.part === "mid" ? [11, 21] : [21, last + 1];
    start = add(base.start, "day", d0 - 1);
    end = add(base.start, "day", d1 - 1);
    grain = "day";
  } else if (g === "week") {
    const [d0, d1] = p.part === "early" ? [0, 3] : p.part === "mid" ? [2, 5] : [5, 7];
    start = add(base.start, "day", d0);
    end = add(base.start, "day", d1);
    grain = "day";
  } else {
    return undefined;
  }
  return { start, end, grain, interval: true, inferred: base.inferred };
}

/** Fills the fields one side of a range leaves out from the other (`từ 1 đến 5/8`). */
export function completeRange(e: IntervalExpr): IntervalExpr {
  const from = { ...e.from };
  const to = { ...e.to };
  const copy = (dst: PointExpr, src: PointExpr) => {
    const g = grainRank(pointGrain(dst));
    if (dst.shift || dst.previousDay !== undefined) return;
    if (src.shift && dst.year === undefined && dst.month === undefined && dst.day === undefined) {
      if (grainRank("day") > g) {
        dst.shift = src.shift;
        if (src.weekday !== undefined && dst.weekday === undefined && src.shift.grain === "week") {
          // nothing: a weekday range keeps its own weekdays
        }
      }
      return;
    }
    if (src.previousDay !== undefined && dst.day === undefined && g < grainRank("day")) {
      dst.previousDay = src.previousDay;
      return;
    }
    if (dst.year === undefined && src.year !== undefined && g < grainRank("year")) {
      dst.year = src.year;
      if (src.twoDigitYear) dst.twoDigitYear = true;
    }
    if (dst.month === undefined && src.month !== undefined && g < grainRank("month")) {
      if (dst.day !== undefined || dst.hour !== undefined) dst.month = src.month;
    }
    if (dst.day === undefined && src.day !== undefined && g < grainRank("day")) {
      dst.day = src.day;
      if (dst.month === undefined && src.month !== undefined) dst.month = src.month;
    }
    if (src.lunar && !dst.lunar && dst.day !== undefined) dst.lunar = true;
    if (
      dst.partOfDay === undefined &&
      src.partOfDay &&
      dst.hour !== undefined &&
      src.hour !== undefined
    ) {
      dst.partOfDay = src.partOfDay;
    }
  };
  copy(from, e.to);
  copy(to, e.from);
  return { kind: "interval", from, to };
}

/** Resolves a range; the end is exclusive: the end of its day/month/year, or its exact time. */
function resolveInterval(e: IntervalExpr, ctx: ResolveContext): Resolved | undefined {
  const c = completeRange(e);
  const a = resolvePoint(c.from, ctx);
  let b = resolvePoint(c.to, ctx);
  if (!a || !b) return undefined;
  if (b.start < a.start && c.to.year === undefined) {
    // `từ 22/12 đến 5/1`: the end is in the next year.
    const shifted = resolvePoint({ ...c.to, year: fields(a.start).year + 1 }, ctx);
    if (shifted && shifted.start >= a.start) b = { ...shifted, inferred: b.inferred };
  }
  if (b.start < a.start) return undefined;
  const timeEnd = grainRank(b.grain) <= grainRank("hour") && !b.interval;
  const end = timeEnd ? b.start : b.end;
  const inferred = [...new Set([...a.inferred, ...b.inferred])];
  return {
    start: a.start,
    end,
    grain: grainRank(a.grain) < grainRank(b.grain) ? a.grain : b.grain,
    interval: true,
    inferred: UPPER.filter((f) => inferred.includes(f)),
  };
}

/** Resolves any expression. */
export function resolveExpr(e: TimeExpr, ctx: ResolveContext): Resolved | undefined {
  switch (e.kind) {
    case "point":
      return resolvePoint(e, ctx);
    case "interval":
      return resolveInterval(e, ctx);
    case "span":
      return resolveSpan(e, ctx);
    case "season":
      return resolveSeason(e, ctx);
    case "portion":
      return resolvePortion(e, ctx);
  }
}

/** The Duckling-shaped JSON value of a resolution. */
export function toValue(r: Resolved, offset: number): TimeValueOut {
  if (!r.interval) return { type: "value", value: formatIso(r.start, offset), grain: r.grain };
  return {
    type: "interval",
    from: { value: formatIso(r.start, offset), grain: r.grain },
    to: { value: formatIso(r.end, offset), grain: r.grain },
  };
}
