/**
 * Refiners that join neighbouring candidates into one phrase:
 * `thứ Sáu (4/8)`, `hôm nay (6/2)`, `3 giờ chiều`, `Sáng ngày 04/8/2017`, `10h30 ngày 4/8`,
 * `ngày 4/8 lúc 10h`, `21h đêm 4/2` (two merges in a chain).
 */
import type { PointExpr } from "../expr.js";
import type { Candidate, TimeRefiner } from "../types.js";
import {
  combine,
  hasTime,
  isBarePart,
  isBareWeekday,
  isCalendarDay,
  isDay,
  pointOf,
} from "./traits.js";

/**
 * Walks the sorted candidates and replaces each pair `a`, `b` for which `join` returns a merged
 * candidate; the merged one can merge again with the next (chains).
 */
function mergePairs(
  candidates: Candidate[],
  text: string,
  join: (a: Candidate, b: Candidate, gap: string) => Candidate | undefined,
): Candidate[] {
  const sorted = [...candidates].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.end <= c.start && c.start - prev.end <= 12) {
      const gap = text.slice(prev.end, c.start);
      // Phrases on two lines (a title and the first line of the lead) are never one date.
      const merged = gap.includes("\n") ? undefined : join(prev, c, gap);
      if (merged) {
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Closing parenthesis right after `end`, if any: its end offset. */
function closeParen(text: string, end: number): number | undefined {
  const m = /^\s*\)/.exec(text.slice(end, end + 4));
  return m ? end + m[0].length : undefined;
}

function merged(a: Candidate, b: Candidate, expr: PointExpr, end = b.end): Candidate {
  return {
    start: a.start,
    end,
    rule: `${a.rule}+${b.rule}`,
    expr,
    ...(a.relative && b.relative ? { relative: true } : {}),
    ...(a.approximate || b.approximate ? { approximate: true } : {}),
  };
}

/** `thứ Sáu (4/8)`, `Thứ Hai, 06/02/2017`, `chủ nhật ngày 9 tháng 4`, `thứ 3 ngày 3 tháng 4 năm 2018`. */
export const mergeWeekdayDate: TimeRefiner = {
  name: "weekday-date",
  refine: (cands, text) =>
    mergePairs(cands, text, (a, b, gap) => {
      const pa = pointOf(a);
      const pb = pointOf(b);
      if (!pa || !pb || !isBareWeekday(pa) || !isCalendarDay(pb) || pb.hour !== undefined) {
        return undefined;
      }
      const wd = pa.weekday;
      if (!/^\s*(?:,|\(|-|–)?\s*(?:ngày\s+)?$/iu.test(gap)) return undefined;
      const end = gap.includes("(") ? closeParen(text, b.end) : b.end;
      if (end === undefined) return undefined;
      return merged(a, b, wd === undefined ? pb : { ...pb, weekday: wd }, end);
    }),
};

/**
 * `hôm nay (6/2)`, `ngày mai (7-2)`, `sáng nay 6-2`, `tối cùng ngày 5/2`: a relative day followed by
 * the date it stands for; the date says which day.
 */
export const mergeRelativeBracketDate: TimeRefiner = {
  name: "relative-bracket-date",
  refine: (cands, text) =>
    mergePairs(cands, text, (a, b, gap) => {
      const pa = pointOf(a);
      const pb = pointOf(b);
      const relativeDay = pa?.shift?.grain === "day" || pa?.previousDay !== undefined;
      if (!pa || !relativeDay || pa.hour !== undefined) return undefined;
      if (!pb || !isCalendarDay(pb) || pb.hour !== undefined) return undefined;
      const bracket = /^\s*\(\s*(?:ngày\s+)?$/iu.test(gap);
      // `Hôm nay, 7/2, tại trụ sở...`, `sáng nay, 6.2, ông Chung...`: the date in apposition.
      if (!bracket && !/^\s*,?\s+(?:ngày\s+)?$/iu.test(gap)) return undefined;
      const end = bracket ? closeParen(text, b.end) : b.end;
      if (end === undefined) return undefined;
      const expr: PointExpr = { ...pb };
      if (pa.partOfDay) expr.partOfDay = pa.partOfDay;
      if (pa.window) expr.window = pa.window;
      return { ...merged(a, b, expr, end), relative: false };
    }),
};

/** `3 giờ chiều`, `7h30 sáng nay`, `21h đêm`. */
export const mergeTimePartOfDay: TimeRefiner = {
  name: "time-part-of-day",
  refine: (cands, text) =>
    mergePairs(cands, text, (a, b, gap) => {
      const pa = pointOf(a);
      const pb = pointOf(b);
      if (!pa || !hasTime(pa) || pa.partOfDay || !pb || (!pb.partOfDay && !pb.window))
        return undefined;
      if (pb.hour !== undefined || pb.day !== undefined || pb.weekday !== undefined)
        return undefined;
      if (!/^\s*$/.test(gap)) return undefined;
      const expr: PointExpr = { ...pa };
      if (pb.shift) expr.shift = pb.shift;
      if (pb.partOfDay) expr.partOfDay = pb.partOfDay;
      delete expr.ambiguousHour;
      return { ...merged(a, b, expr), relative: !!pb.shift };
    }),
};

/**
 * `Sáng ngày 04/8/2017`, `chiều 6/2`, `sáng chủ nhật`, `tối thứ 7`, `chiều cùng ngày`,
 * `tối cùng ngày 5/2`, `đêm (8/2)`.
 */
export const mergePartOfDayDay: TimeRefiner = {
  name: "part-of-day-day",
  refine: (cands, text) =>
    mergePairs(cands, text, (a, b, gap) => {
      const pa = pointOf(a);
      const pb = pointOf(b);
      if (!pa || !pb || !isBarePart(pa) || pa.shift || !isDay(pb) || pb.hour !== undefined) {
        return undefined;
      }
      if (pb.partOfDay) return undefined;
      const bracket = /^\s*\(\s*$/u.test(gap);
      if (!bracket && !/^\s*(?:,\s*)?(?:cùng\s+)?(?:ngày\s+|hôm\s+)?$/iu.test(gap)) {
        return undefined;
      }
      const end = bracket ? closeParen(text, b.end) : b.end;
      if (end === undefined) return undefined;
      const expr: PointExpr = { ...pb };
      if (pa.partOfDay) expr.partOfDay = pa.partOfDay;
      if (pa.window) expr.window = pa.window;
      return { ...merged(a, b, expr, end), ...(b.relative ? { relative: true } : {}) };
    }),
};

/** `10h30 ngày 4/8`, `3 giờ chiều ngày mai`, `7:30 chiều ngày 20/4/2017`, `16h hôm qua`. */
export const mergeTimeDay: TimeRefiner = {
  name: "time-day",
  refine: (cands, text) =>
    mergePairs(cands, text, (a, b, gap) => {
      const pa = pointOf(a);
      const pb = pointOf(b);
      if (!pa || !pb || !hasTime(pa) || isDay(pa) || !isDay(pb) || pb.hour !== undefined) {
        return undefined;
      }
      if (!/^\s*(?:,\s*)?(?:ngày\s+|hôm\s+)?$/iu.test(gap)) return undefined;
      const expr = combine(pb, pa);
      if (pb.partOfDay && !pa.partOfDay) expr.partOfDay = pb.partOfDay;
      if (expr.partOfDay) delete expr.ambiguousHour;
      delete expr.window;
      return { ...merged(a, b, expr), ...(b.relative ? { relative: true } : {}) };
    }),
};

/** `ngày 4/8 lúc 10h`, `hôm qua, 15h30`, `thứ Sáu 10h`. */
export const mergeDayTime: TimeRefiner = {
  name: "day-time",
  refine: (cands, text) =>
    mergePairs(cands, text, (a, b, gap) => {
      const pa = pointOf(a);
      const pb = pointOf(b);
      if (!pa || !pb || !isDay(pa) || pa.hour !== undefined || !hasTime(pb) || isDay(pb)) {
        return undefined;
      }
      if (!/^\s*,?\s*$/.test(gap)) return undefined;
      const expr = combine(pa, pb);
      if (pa.partOfDay && !pb.partOfDay) expr.partOfDay = pa.partOfDay;
      if (expr.partOfDay) delete expr.ambiguousHour;
      delete expr.window;
      return { ...merged(a, b, expr), ...(a.relative ? { relative: true } : {}) };
    }),
};

/** Marks `ngày 15 tháng 7 âm lịch`, `10/3 (âm lịch)`, `mùng 5/5 ÂL` as lunar and takes in the marker. */
export const lunarMarker: TimeRefiner = {
  name: "lunar-marker",
  refine(cands, text) {
    return cands.map((c) => {
      const p = pointOf(c);
      if (!p || p.day === undefined || p.lunar) return c;
      const m =
        /^(?:\s*\(\s*(?:[Ââ]m\s+lịch|ÂL|AL)\s*\)|\s*(?:[Ââ]m\s+lịch|ÂL|AL)(?![\p{L}\p{M}\p{N}]))/u.exec(
          text.slice(c.end, c.end + 16),
        );
      if (!m) return c;
      const { weak: _weak, ...rest } = c;
      return {
        ...rest,
        end: c.end + m[0].length,
        rule: `${c.rule}+lunar`,
        expr: { ...p, lunar: true },
      };
    });
  },
};
