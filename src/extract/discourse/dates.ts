/**
 * Date phrases as the discourse stage needs them: where a deadline, an event's date or a document's
 * date of issue is written. Values come from the date extractor's entities when they cover the
 * phrase; on its own this module computes a value only for a fully written day, month and year
 * (`ngày 5/8/2017`, `ngày 05 tháng 4 năm 2012`), which needs no calendar reasoning.
 */

import type { PartOfDay } from "../../schema/time.js";

/** A date phrase found in the normalised text. */
export interface DatePhrase {
  start: number;
  end: number;
  /** ISO date when day, month and year are all written. */
  value?: string;
  /** `sáng`, `chiều`, `tối`, `trưa` when written before the date. */
  partOfDay?: PartOfDay;
}

const PART_OF_DAY: Readonly<Record<string, PartOfDay>> = Object.freeze({
  sáng: "morning",
  trưa: "noon",
  chiều: "afternoon",
  tối: "evening",
  đêm: "night",
});

// Numeric dates: `04/8/2017`, `25-1-2017`, `21.4.2016`, `6/2`, with `ngày` and a part of day before.
// Each part is a bounded run of digits, so the pattern is linear.
const NUMERIC_DATE =
  /(?<![\p{L}\p{N}])(?:(sáng|trưa|chiều|tối|đêm|Sáng|Trưa|Chiều|Tối|Đêm)[ \u00a0]+(?:(?:nay|qua|hôm nay)[ \u00a0]+)?\(?)?(?:(?:ngày|Ngày|hôm|Hôm)[ \u00a0]+)?(\p{N}{1,2})[ \u00a0]*([/.-])[ \u00a0]*(\p{N}{1,2})(?:[ \u00a0]*\3[ \u00a0]*(\p{N}{4}|\p{N}{2}))?(?![\p{N}]|[/.-]\p{N})/gu;

// Written dates: `ngày 05 tháng 4 năm 2012`, `tháng 2/2017`, `tháng 8 năm 2017`.
const WORDED_DATE =
  /(?<![\p{L}\p{N}])(?:(?:ngày|Ngày)[ \u00a0]+(\p{N}{1,2})[ \u00a0]+)?(?:tháng|Tháng)[ \u00a0]+(\p{N}{1,2})(?:(?:[ \u00a0]+năm[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*)(\p{N}{4}))?(?![\p{N}])/gu;

// Quarters: `quý I`, `quý 2/2017`, `quý III năm 2017`.
const QUARTER =
  /(?<![\p{L}\p{N}])(?:quý|Quý)[ \u00a0]+(IV|I{1,3}|[1-4])(?![\p{L}\p{N}])(?:(?:[ \u00a0]+năm[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*)(\p{N}{4}))?/gu;

const pad = (n: number) => String(n).padStart(2, "0");

function iso(day: number, month: number, year: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1000) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Date phrases in `text` between `from` and `to`, in text order, overlaps removed. */
export function findDatePhrases(text: string, from = 0, to = text.length): DatePhrase[] {
  const slice = text.slice(from, to);
  const out: DatePhrase[] = [];
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(slice); m !== null; m = NUMERIC_DATE.exec(slice)) {
    const day = Number(m[2]);
    const month = Number(m[4]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    // `12.5` or `10-15` without `ngày` may be a decimal or a range: require a year or `ngày`/a part
    // of day, or a slash.
    const sep = m[3];
    const hasCue = m[1] !== undefined || /ngày|hôm/iu.test(m[0]);
    if (sep !== "/" && !m[5] && !hasCue) continue;
    const phrase: DatePhrase = { start: from + m.index, end: from + m.index + m[0].length };
    if (m[5]?.length === 4) {
      const v = iso(day, month, Number(m[5]));
      if (v) phrase.value = v;
    }
    const pod = m[1] ? PART_OF_DAY[m[1].toLowerCase()] : undefined;
    if (pod) phrase.partOfDay = pod;
    out.push(phrase);
  }
  WORDED_DATE.lastIndex = 0;
  for (let m = WORDED_DATE.exec(slice); m !== null; m = WORDED_DATE.exec(slice)) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) continue;
    const phrase: DatePhrase = { start: from + m.index, end: from + m.index + m[0].length };
    if (m[1] && m[3]) {
      const v = iso(Number(m[1]), month, Number(m[3]));
      if (v) phrase.value = v;
    }
    out.push(phrase);
  }
  QUARTER.lastIndex = 0;
  for (let m = QUARTER.exec(slice); m !== null; m = QUARTER.exec(slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DatePhrase[] = [];
  for (const p of out) {
    const last = kept[kept.length - 1];
    if (last && p.start < last.end) continue;
    kept.push(p);
  }
  return kept;
}

/** Exported for the ReDoS test. */
export const DATE_PATTERNS: readonly RegExp[] = [NUMERIC_DATE, WORDED_DATE, QUARTER];
