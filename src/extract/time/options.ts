/**
 * Options of the date extractor and how they become a resolution context.
 */
import { BantinError } from "../../errors.js";
import { add, type Civil, civil, fromInstant } from "./calendar/civil.js";
import type { Prefer } from "./resolve.js";

/** Options of {@link extractDates} (and the date part of `analyze`). */
export interface DateOptions {
  /**
   * The date relative and partial phrases are resolved against (`hôm qua`, `ngày 4/8`, `10h30`).
   * A `Date`, or an ISO 8601 string: `2017-08-04` (a whole day) or `2017-08-04T10:00:00+07:00`.
   * When absent, the article's own date is used if the text states one; otherwise partial dates
   * stay partial (no `value`): bantin never falls back on the current date.
   */
  referenceDate?: Date | string;
  /**
   * UTC offset of the values, as minutes east of UTC (`420`) or `+07:00`. Default: the offset
   * written in a `referenceDate` string, else Vietnam's `+07:00`.
   */
  utcOffset?: number | string;
  /**
   * How a partial date is completed: `nearest` (default: the occurrence nearest the anchor, right
   * for news, which reports what happened around its date) or `future` (the next one that has not
   * ended, Duckling's convention; also reads a bare `2:30` as whichever 2:30 comes next).
   */
  prefer?: Prefer;
  /** Use a date the article states about itself when no `referenceDate` is given. Default `true`. */
  articleDate?: boolean;
}

/** Options with the anchor worked out. */
export interface ResolvedDateOptions {
  anchor?: { start: Civil; end: Civil };
  offset: number;
  prefer: Prefer;
  articleDate: boolean;
}

/** Vietnam's UTC offset in minutes. */
export const VIETNAM_OFFSET = 420;

function parseOffset(s: string): number | undefined {
  if (s === "Z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (!m) return undefined;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -v : v;
}

/** Reads the options, throwing a {@link BantinError} (`invalid-option`) on an unusable value. */
export function resolveDateOptions(options?: DateOptions): ResolvedDateOptions {
  const o = options ?? {};
  let offset: number | undefined;
  if (typeof o.utcOffset === "number" && Number.isFinite(o.utcOffset))
    offset = Math.round(o.utcOffset);
  else if (typeof o.utcOffset === "string") {
    offset = parseOffset(o.utcOffset);
    if (offset === undefined) {
      throw new BantinError(
        "invalid-option",
        `bantin: utcOffset must look like +07:00, got ${o.utcOffset}`,
      );
    }
  }
  const prefer: Prefer = o.prefer === "future" ? "future" : "nearest";
  const articleDate = o.articleDate !== false;
  const ref = o.referenceDate;
  if (ref === undefined) return { offset: offset ?? VIETNAM_OFFSET, prefer, articleDate };
  if (ref instanceof Date) {
    if (Number.isNaN(ref.getTime()))
      throw new BantinError("invalid-option", "bantin: referenceDate is an invalid Date");
    const off = offset ?? VIETNAM_OFFSET;
    const start = fromInstant(ref.getTime(), off);
    return { anchor: { start, end: add(start, "second", 1) }, offset: off, prefer, articleDate };
  }
  if (typeof ref !== "string") {
    throw new BantinError(
      "invalid-option",
      "bantin: referenceDate must be a Date or an ISO 8601 string",
    );
  }
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(
      ref.trim(),
    );
  if (!m) throw new BantinError("invalid-option", `bantin: referenceDate is not ISO 8601: ${ref}`);
  const written = m[7] !== undefined ? parseOffset(m[7]) : undefined;
  const off = offset ?? written ?? VIETNAM_OFFSET;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) {
    throw new BantinError("invalid-option", `bantin: referenceDate is not a real date: ${ref}`);
  }
  if (m[4] === undefined) {
    const start = civil(y, mo, d);
    return { anchor: { start, end: add(start, "day", 1) }, offset: off, prefer, articleDate };
  }
  let start = civil(y, mo, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  // A time written in another offset than the output's: move it to the output's wall clock.
  if (written !== undefined && written !== off) start = add(start, "minute", off - written);
  return { anchor: { start, end: add(start, "second", 1) }, offset: off, prefer, articleDate };
}
