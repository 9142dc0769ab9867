/**
 * What a date or time phrase means, before it is anchored to a calendar.
 *
 * Parsers turn text into these expressions; `resolve.ts` turns an expression and an anchor (the
 * reference date) into ISO values. Keeping the two apart is what lets a phrase stay partial
 * ("ngày 4/8", no year, no reference) instead of being silently completed with today's date.
 */
import type { PartOfDay } from "../../schema/time.js";
import type { Grain } from "./calendar/civil.js";

/** The parts of the day Vietnamese names (the schema's enum; hours in `PART_OF_DAY_WINDOWS`). */
export type { PartOfDay };

/** Hours [from, to) of a part of day; `to` may exceed 24 (the night runs into the next morning). */
export interface HourWindow {
  from: number;
  to: number;
}

/** A unit a relative phrase shifts by. */
export type ShiftGrain = "day" | "week" | "month" | "quarter" | "year";

/**
 * A calendar point, possibly partial and possibly relative: the fields the text states, and a shift
 * from the anchor for relative phrases (`hôm qua` = day −1, `tuần sau` = week +1).
 */
export interface PointExpr {
  kind: "point";
  /** Relative shift from the anchor, applied before the stated fields. */
  shift?: { grain: ShiftGrain; n: number };
  year?: number;
  /** A two-digit year as written (`3/3/17`): completed to the century nearest the anchor or 2000s. */
  twoDigitYear?: boolean;
  quarter?: number;
  month?: number;
  day?: number;
  /** ISO weekday, 1 = Monday (thứ hai) ... 7 = Sunday (chủ nhật). */
  weekday?: number;
  /** The n-th week of the stated month (`tuần đầu tiên của tháng 9`). */
  weekOfMonth?: number;
  hour?: number;
  minute?: number;
  second?: number;
  partOfDay?: PartOfDay;
  /** The hours the part of day covers, when not the default for `partOfDay` (`sau bữa trưa`). */
  window?: HourWindow;
  /** An hour of 1-12 with no part of day: Duckling reads `2:30` as whichever 2:30 comes next. */
  ambiguousHour?: boolean;
  /** A lunar year named by its stem and branch (`năm Đinh Dậu`): the cycle repeats every 60 years. */
  canChi?: { stem: number; branch: number };
  /** Day, month and year are lunar (âm lịch). */
  lunar?: boolean;
  leapMonth?: boolean;
  /** A stated time zone, as a UTC offset in minutes (`4pm CET`). */
  zone?: number;
  /** `tới`/`sau` (the next one) or `vừa rồi`/`trước` (the last one) said of a weekday or month. */
  direction?: "next" | "last";
  /** Grain to report instead of the finest stated field. */
  grain?: Grain;
  /** The phrase names the same day as the previous date in the text (`cùng ngày`, `hôm sau`). */
  previousDay?: number;
}

/** From one point to another: `từ ngày 1 đến 5/8`, `giai đoạn 2016-2020`, `từ 8h đến 17h`. */
export interface IntervalExpr {
  kind: "interval";
  from: PointExpr;
  to: PointExpr;
}

/** The next or last n units from the anchor: `3 ngày tới`, `2 tháng vừa rồi`. */
export interface SpanExpr {
  kind: "span";
  grain: Grain;
  n: number;
  direction: "future" | "past";
}

/** A season: `mùa hè này`, `mùa đông năm nay`. */
export interface SeasonExpr {
  kind: "season";
  season: "spring" | "summer" | "autumn" | "winter";
  /** 0 = the one containing (or next after) the anchor, 1 = the next one, -1 = the last one. */
  shift: number;
  year?: number;
  /** `mùa hè năm nay` (0), `năm ngoái` (−1): the season of the anchor's year plus this. */
  yearShift?: number;
}

/** A part of a month, year or week: `đầu tháng 8`, `cuối năm`, `6 tháng đầu năm 2017`. */
export interface PortionExpr {
  kind: "portion";
  of: PointExpr;
  part: "early" | "mid" | "late" | "first" | "last" | "first-half" | "second-half";
  /** For `first`/`last`: how many units (`6 tháng đầu năm` = the first 6 months). */
  n?: number;
  unit?: Grain;
}

/** Any date or time expression. */
export type TimeExpr = PointExpr | IntervalExpr | SpanExpr | SeasonExpr | PortionExpr;

/** The calendar fields a point states, in the order they nest. */
export const FIELD_NAMES = [
  "year",
  "quarter",
  "month",
  "day",
  "weekday",
  "hour",
  "minute",
  "second",
] as const;
/** One of {@link FIELD_NAMES}. */
export type FieldName = (typeof FIELD_NAMES)[number];
