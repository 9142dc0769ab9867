/**
 * Pattern pieces several date parsers share: days, months, years and lunar year names.
 */
import { BRANCHES, STEMS, yearOfCanChi } from "../calendar/lunar.js";
import { LUNAR_MONTHS, MONTH_WORDS } from "../lexicon.js";
import { alt, readNumber, WORDS_1_31 } from "../patterns.js";

/** A day of the month, as digits or words. */
export const DAY = `(?:\\d{1,2}|${WORDS_1_31})`;
/** A month, as digits, words, or the lunar `Giêng`/`Chạp`. */
export const MONTH = `(?:\\d{1,2}|${alt([...Object.keys(MONTH_WORDS), ...Object.keys(LUNAR_MONTHS)])})`;

/** Spelling variants of the branches (`Mẹo` for `Mão`, `Tị` for `Tỵ`). */
const BRANCH_VARIANTS: Readonly<Record<string, string>> = { mẹo: "mão", tị: "tỵ" };

/**
 * Where a can-chi year name (`Đinh Dậu`, `Giáp Thìn`) may stand: two short words. The pattern is
 * deliberately generic (a list of the 120 stem-branch pairs makes the automaton too large to check);
 * {@link canChiIndices} decides whether the two words are a year name.
 */
export const CAN_CHI = "[\\p{L}\\p{M}]{1,5}\\s+[\\p{L}\\p{M}]{2,5}";

/** A month word or figure to 1-12, with whether it names a lunar month. */
export function readMonth(s: string | undefined): { month: number; lunar: boolean } | undefined {
  if (s === undefined) return undefined;
  const w = s.toLowerCase().replace(/\s+/g, " ");
  const lunar = LUNAR_MONTHS[w];
  if (lunar !== undefined) return { month: lunar, lunar: true };
  const m = MONTH_WORDS[w] ?? (/^\d+$/.test(w) ? Number(w) : undefined);
  return m !== undefined && m >= 1 && m <= 12 ? { month: m, lunar: false } : undefined;
}

/** A day figure or word to 1-31. */
export function readDay(s: string | undefined): number | undefined {
  const d = readNumber(s);
  return d !== undefined && d >= 1 && d <= 31 ? d : undefined;
}

/** A four-digit year within the range news talks about. */
export function readYear(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const y = Number(s);
  return y >= 1000 && y <= 2199 ? y : undefined;
}

/**
 * The lunar year a can-chi name stands for: the 60-year cycle repeats, so this needs a year to be
 * near to; the caller passes a written year when there is one, else the name stays unresolved.
 */
export function canChiIndices(name: string): { stem: number; branch: number } | undefined {
  const [s, b] = name.split(/\s+/);
  const norm = (x: string | undefined) => (x ?? "").toLowerCase();
  const stem = STEMS.findIndex((x) => x.toLowerCase() === norm(s));
  const bn = norm(b);
  const branch = BRANCHES.findIndex((x) => x.toLowerCase() === (BRANCH_VARIANTS[bn] ?? bn));
  if (stem < 0 || branch < 0 || (stem - branch) % 2 !== 0) return undefined;
  return { stem, branch };
}

export { yearOfCanChi };

/** Year words after `năm` that make a relative year: `tháng 3 năm nay`, `năm ngoái`. */
export const YEAR_RELATIVE: Readonly<Record<string, number>> = Object.freeze({
  nay: 0,
  ngoái: -1,
  trước: -1,
  sau: 1,
  tới: 1,
});
