/**
 * Options of the date extractor and how they become a resolution context.
 */
import { BantinError } from "../../errors.js";
import { add, type Civil, civil, fromInstant, isValidDate } from "./calendar/civil.js";
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
   * UTC offset of the values, as whole minutes east of UTC (`420`) or `+07:00`. Default: the
   * offset written in a `referenceDate` string, else Vietnam's `+07:00`.
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

/** UTC offsets in use run from −12:00 to +14:00. */
const MIN_OFFSET = -720;
const MAX_OFFSET = 840;

/** A value as an error message shows it. */
function shown(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (v === null || typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return "an invalid Date";
  return Array.isArray(v) ? "an array" : `a ${typeof v}`;
}

/**
 * The error for an option value bantin cannot use: `bantin: option prefer must be "nearest" or
 * "future", got "weird"`. Thrown before any work, the same way for every option.
 */
export function invalidOption(name: string, expected: string, got: unknown): BantinError {
  return new BantinError(
    "invalid-option",
    `bantin: option ${name} must be ${expected}, got ${shown(got)}`,
  );
}

/** Throws unless `options` is absent or an object (the options argument itself). */
export function assertOptionsObject(options: unknown): void {
  if (options !== undefined && (options === null || typeof options !== "object")) {
    throw new BantinError(
      "invalid-option",
      `bantin: options must be an object, got ${shown(options)}`,
    );
  }
}

/** Throws unless the option is absent or a boolean. */
export function assertBooleanOption(name: string, value: unknown): void {
  if (value !== undefined && typeof value !== "boolean") {
    throw invalidOption(name, "true or false", value);
  }
}

/** `+07:00`, `+0700`, `-02:00`, `Z` as minutes east of UTC. */
function parseOffset(s: string): number | undefined {
  if (s === "Z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(s);
  if (!m) return undefined;
  if (Number(m[3]) > 59) return undefined;
  const v = Number(m[2]) * 60 + Number(m[3]);
  const signed = m[1] === "-" ? -v : v;
  return signed >= MIN_OFFSET && signed <= MAX_OFFSET ? signed : undefined;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads the options, throwing a {@link BantinError} (`invalid-option`) on any value it cannot use:
 * an unparseable or impossible `referenceDate` (`2017-02-30`), a `utcOffset` that is no offset, a
 * `prefer` other than `nearest`/`future`, an `articleDate` that is not a boolean.
 */
export function resolveDateOptions(options?: DateOptions): ResolvedDateOptions {
  assertOptionsObject(options);
  const o = options ?? {};
  let offset: number | undefined;
  if (typeof o.utcOffset === "number") {
    if (!Number.isInteger(o.utcOffset) || o.utcOffset < MIN_OFFSET || o.utcOffset > MAX_OFFSET) {
      throw invalidOption(
        "utcOffset",
        'whole minutes from -720 to 840, or like "+07:00"',
        o.utcOffset,
      );
    }
    offset = o.utcOffset;
  } else if (typeof o.utcOffset === "string") {
    offset = parseOffset(o.utcOffset.trim());
    if (offset === undefined) {
      throw invalidOption("utcOffset", 'an offset like "+07:00" (or minutes)', o.utcOffset);
    }
  } else if (o.utcOffset !== undefined) {
    throw invalidOption("utcOffset", 'an offset like "+07:00" (or minutes)', o.utcOffset);
  }
  if (o.prefer !== undefined && o.prefer !== "nearest" && o.prefer !== "future") {
    throw invalidOption("prefer", '"nearest" or "future"', o.prefer);
  }
  const prefer: Prefer = o.prefer ?? "nearest";
  assertBooleanOption("articleDate", o.articleDate);
  const articleDate = o.articleDate !== false;
  const ref = o.referenceDate;
  if (ref === undefined) return { offset: offset ?? VIETNAM_OFFSET, prefer, articleDate };
  if (ref instanceof Date) {
    if (Number.isNaN(ref.getTime())) throw invalidOption("referenceDate", "a valid Date", ref);
    const off = offset ?? VIETNAM_OFFSET;
    const start = fromInstant(ref.getTime(), off);
    return { anchor: { start, end: add(start, "second", 1) }, offset: off, prefer, articleDate };
  }
  const expected = 'a Date or an ISO 8601 date like "2017-08-04" or "2017-08-04T10:00+07:00"';
  if (typeof ref !== "string") throw invalidOption("referenceDate", expected, ref);
  const m = ISO_DATE.exec(ref.trim());
  if (!m) throw invalidOption("referenceDate", expected, ref);
  const written = m[7] !== undefined ? parseOffset(m[7]) : undefined;
  if (m[7] !== undefined && written === undefined)
    throw invalidOption("referenceDate", expected, ref);
  const off = offset ?? written ?? VIETNAM_OFFSET;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4] ?? 0);
  const mi = Number(m[5] ?? 0);
  const sec = Number(m[6] ?? 0);
  if (!isValidDate(y, mo, d) || h > 23 || mi > 59 || sec > 59) {
    throw invalidOption("referenceDate", "a real date and time", ref);
  }
  if (m[4] === undefined) {
    const start = civil(y, mo, d);
    return { anchor: { start, end: add(start, "day", 1) }, offset: off, prefer, articleDate };
  }
  let start = civil(y, mo, d, h, mi, sec);
  // A time written in another offset than the output's: move it to the output's wall clock.
  if (written !== undefined && written !== off) start = add(start, "minute", off - written);
  return { anchor: { start, end: add(start, "second", 1) }, offset: off, prefer, articleDate };
}
