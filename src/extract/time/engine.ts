/**
 * Runs the date parsers over a text and the refiners over their candidates.
 */
import { clockAmPm, clockDigits, clockHourOnly, clockWords } from "./parsers/clock-time.js";
import { solarHoliday } from "./parsers/holiday.js";
import { fullMoon, lunarHoliday, tetDay } from "./parsers/lunar.js";
import { dayMonthDate, dayRangeDate, fullNumericDate } from "./parsers/numeric-date.js";
import { partOfDay } from "./parsers/part-of-day.js";
import { firstOfMonth, firstUnits, halfYear, portion } from "./parsers/portion.js";
import { quarter } from "./parsers/quarter.js";
import { previousDay, relativeDay } from "./parsers/relative-day.js";
import { ago, relativeUnit } from "./parsers/relative-unit.js";
import { season } from "./parsers/season.js";
import { span } from "./parsers/span.js";
import { weekday } from "./parsers/weekday.js";
import {
  dayMonthWords,
  dayOfMonth,
  monthRange,
  monthWords,
  yearWords,
} from "./parsers/word-date.js";
import { yearRange } from "./parsers/year-range.js";
import { lowerCase } from "./phrases.js";
import { requireCue } from "./refiners/cue.js";
import { fillEnumeration } from "./refiners/enumeration.js";
import {
  lunarMarker,
  mergeDayTime,
  mergePartOfDayDay,
  mergeRelativeBracketDate,
  mergeTimeDay,
  mergeTimePartOfDay,
  mergeWeekdayDate,
} from "./refiners/merge.js";
import { removeOverlaps } from "./refiners/overlap.js";
import { mergeRange } from "./refiners/range.js";
import { TriggerIndex } from "./scan.js";
import type { Candidate, TimeParser, TimeRefiner } from "./types.js";

/** Every date parser. Order does not matter: overlaps are settled by the refiners. */
export const TIME_PARSERS: readonly TimeParser[] = Object.freeze([
  fullNumericDate,
  dayMonthDate,
  dayRangeDate,
  dayMonthWords,
  monthWords,
  monthRange,
  yearWords,
  dayOfMonth,
  clockDigits,
  clockHourOnly,
  clockWords,
  clockAmPm,
  partOfDay,
  relativeDay,
  previousDay,
  relativeUnit,
  ago,
  weekday,
  quarter,
  season,
  span,
  portion,
  firstUnits,
  halfYear,
  firstOfMonth,
  yearRange,
  tetDay,
  fullMoon,
  lunarHoliday,
  solarHoliday,
]);

/** The refiners, in the order they run. */
export const TIME_REFINERS: readonly TimeRefiner[] = Object.freeze([
  removeOverlaps,
  lunarMarker,
  mergeWeekdayDate,
  mergeRelativeBracketDate,
  mergeTimePartOfDay,
  mergePartOfDayDay,
  mergeTimeDay,
  mergeDayTime,
  mergeRange,
  fillEnumeration,
  requireCue,
  removeOverlaps,
]);

/** How many characters after a word trigger `nearWord` looks at. */
const NEAR_WINDOW = 40;

/** Parsers by the words their phrases can start with, built once (read-only). */
const INDEX = new TriggerIndex<number>(TIME_PARSERS.map((p, i) => [p.triggers, i]));

/** Every date phrase in `text` (normalised), unresolved, sorted by position. */
export function findDateCandidates(text: string): Candidate[] {
  const lower = lowerCase(text);
  const lastEnd = new Array<number>(TIME_PARSERS.length).fill(-1);
  let cands: Candidate[] = [];
  INDEX.scan(text, (start, parsers, digitsEnd) => {
    let near: string | undefined;
    for (const i of parsers) {
      if (start < (lastEnd[i] ?? -1)) continue;
      const parser = TIME_PARSERS[i] as TimeParser;
      if (digitsEnd >= 0 && parser.afterFigure && !parser.afterFigure(text, digitsEnd)) continue;
      if (digitsEnd < 0 && parser.nearWord) {
        near ??= lower.slice(start, start + NEAR_WINDOW);
        // The trigger word itself is skipped: `năm` must not find itself.
        parser.nearWord.lastIndex = 0;
        if (!parser.nearWord.test(near.slice(near.search(/[^\p{L}\p{M}]/u) + 1 || near.length)))
          continue;
      }
      const c = parser.match(text, start, lower);
      if (c && c.end > c.start) {
        cands.push(c);
        lastEnd[i] = c.end;
      }
    }
  });
  for (const refiner of TIME_REFINERS) cands = refiner.refine(cands, text);
  return cands;
}
