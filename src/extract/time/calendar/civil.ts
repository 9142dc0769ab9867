/**
 * Wall-clock date arithmetic without the host's time zone.
 *
 * A {@link Civil} is a local date and time in some fixed UTC offset, held as the milliseconds that
 * `Date.UTC` gives for those wall-clock fields. Adding days or months to it is calendar arithmetic
 * with no daylight-saving surprises (Vietnam has none, and neither do the fixed offsets callers pass),
 * and formatting appends the offset, e.g. `2017-08-04T00:00:00.000+07:00`.
 */
import { TimeGrain } from "../../../schema/time.js";

/** A local date-time as `Date.UTC` milliseconds of its wall-clock fields. */
export type Civil = number;

/** The grains a date or time can have, finest first (the schema's {@link TimeGrain} enum). */
export const GRAINS: readonly TimeGrain[] = TimeGrain.options;
/** One of {@link GRAINS}. */
export type Grain = TimeGrain;

const MS_MINUTE = 60_000;
const MS_HOUR = 3_600_000;
const MS_DAY = 86_400_000;

/** Order of a grain: a finer grain has a smaller rank. */
export function grainRank(g: Grain): number {
  return GRAINS.indexOf(g);
}

/** The wall-clock fields of a civil instant. */
export interface CivilFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A civil instant from its fields (month 1-12); out-of-range fields roll over like `Date.UTC`. */
export function civil(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): Civil {
  // setUTCFullYear keeps years 0-99 literal (Date.UTC would read them as 1900-1999) and rolls
  // month/day overflow over like Date.UTC does.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/** The wall-clock fields of `c`. */
export function fields(c: Civil): CivilFields {
  const d = new Date(c);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** ISO weekday of `c`: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(c: Civil): number {
  const w = new Date(c).getUTCDay();
  return w === 0 ? 7 : w;
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return fields(civil(year, month + 1, 0)).day;
}

/** Whether year/month/day name a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `c` moved by `n` units of `grain` (months and years clamp nothing: 31 Jan + 1 month = 3 Mar). */
export function add(c: Civil, grain: Grain, n: number): Civil {
  switch (grain) {
    case "second":
      return c + n * 1000;
    case "minute":
      return c + n * MS_MINUTE;
    case "hour":
      return c + n * MS_HOUR;
    case "day":
      return c + n * MS_DAY;
    case "week":
      return c + n * 7 * MS_DAY;
    case "month":
    case "quarter":
    case "year": {
      const f = fields(c);
      const months = grain === "month" ? n : grain === "quarter" ? 3 * n : 12 * n;
      return civil(f.year, f.month + months, f.day, f.hour, f.minute, f.second);
    }
  }
}

/** The start of the `grain` unit containing `c` (weeks start on Monday, as in Vietnam). */
export function startOf(c: Civil, grain: Grain): Civil {
  const f = fields(c);
  switch (grain) {
    case "second":
      return civil(f.year, f.month, f.day, f.hour, f.minute, f.second);
    case "minute":
      return civil(f.year, f.month, f.day, f.hour, f.minute);
    case "hour":
      return civil(f.year, f.month, f.day, f.hour);
    case "day":
      return civil(f.year, f.month, f.day);
    case "week":
      return civil(f.year, f.month, f.day - (isoWeekday(c) - 1));
    case "month":
      return civil(f.year, f.month, 1);
    case "quarter":
      return civil(f.year, f.month - ((f.month - 1) % 3), 1);
    case "year":
      return civil(f.year, 1, 1);
  }
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");

/** A UTC offset in minutes as `+07:00`. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const a = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** `c` as ISO 8601 with milliseconds and the given offset, the shape Duckling prints. */
export function formatIso(c: Civil, offsetMinutes: number): string {
  const f = fields(c);
  const year =
    f.year < 0 ? `-${pad(f.year, 6)}` : f.year > 9999 ? `+${pad(f.year, 6)}` : pad(f.year, 4);
  const ms = pad(new Date(c).getUTCMilliseconds(), 3);
  return `${year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}.${ms}${formatOffset(offsetMinutes)}`;
}

/** The civil time, in the given offset, of an absolute instant. */
export function fromInstant(epochMs: number, offsetMinutes: number): Civil {
  return epochMs + offsetMinutes * MS_MINUTE;
}

/** Julian day number of a Gregorian date (proleptic before 1582 is not needed for news). */
export function julianDay(c: Civil): number {
  return Math.floor(startOf(c, "day") / MS_DAY) + 2440588;
}

/** The civil midnight of a Julian day number. */
export function fromJulianDay(jd: number): Civil {
  return (jd - 2440588) * MS_DAY;
}
