/**
 * Building blocks for the date and time patterns: Unicode-aware boundaries, alternations compiled
 * from lexicon tables, and spelled-out numbers.
 *
 * Every pattern built here is a plain alternation of literals joined by `\s+`, with no nested
 * quantifier, so that matching stays linear (each exported pattern is checked with recheck).
 */
import { parseNumberText } from "../quantity/numerals.js";

/**
 * Not preceded by a letter, mark or digit. Parsers do not start their patterns with it: the engine
 * runs them only at word or figure starts and checks {@link atBoundary} itself, and a leading
 * Unicode lookbehind makes a pattern too costly for the ReDoS checker to decide.
 */
export const B = "(?<![\\p{L}\\p{M}\\p{N}])";

const WORDLIKE = /[\p{L}\p{M}\p{N}]/u;

/** Whether no letter, mark or digit comes right before `i`. */
export function atBoundary(text: string, i: number): boolean {
  return i === 0 || !WORDLIKE.test(text[i - 1] ?? "");
}
/** Not followed by a letter, mark or digit. */
export const E = "(?![\\p{L}\\p{M}\\p{N}])";
/** Whitespace between words (includes NBSP: the seed article indents with it). */
export const S = "\\s+";
/** Optional whitespace. */
export const SO = "\\s*";

/** Escapes a literal for use in a pattern. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An alternation of phrases, longest first, with any run of spaces between their words. */
export function alt(phrases: Iterable<string>): string {
  const list = [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${list.map((p) => p.split(/\s+/).map(escapeRe).join(S)).join("|")})`;
}

const UNIT_SPELLINGS: Readonly<Record<number, readonly string[]>> = {
  1: ["một"],
  2: ["hai"],
  3: ["ba"],
  4: ["bốn"],
  5: ["năm"],
  6: ["sáu"],
  7: ["bảy", "bẩy"],
  8: ["tám"],
  9: ["chín"],
};
const AFTER_TENS_SPELLINGS: Readonly<Record<number, readonly string[]>> = {
  1: ["mốt", "một"],
  4: ["tư", "bốn"],
  5: ["lăm", "nhăm"],
};

/** Every way to spell `n` (1-99) in words: `21` → `hai mươi mốt`, `hai mươi một`, `hai mốt`. */
export function spellings(n: number): string[] {
  if (n < 1 || n > 99) return [];
  if (n < 10) return [...(UNIT_SPELLINGS[n] ?? [])];
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  const units = unit === 0 ? [""] : [...(AFTER_TENS_SPELLINGS[unit] ?? UNIT_SPELLINGS[unit] ?? [])];
  const heads = tens === 1 ? ["mười"] : (UNIT_SPELLINGS[tens] ?? []).map((t) => `${t} mươi`);
  const out: string[] = [];
  for (const h of heads) for (const u of units) out.push(u ? `${h} ${u}` : h);
  if (tens >= 2 && (unit === 1 || unit === 5)) {
    for (const t of UNIT_SPELLINGS[tens] ?? []) out.push(`${t} ${unit === 1 ? "mốt" : "lăm"}`);
  }
  return out;
}

/** An alternation of the spelled-out numbers from `lo` to `hi`. */
export function spelledRange(lo: number, hi: number): string {
  const all: string[] = [];
  for (let n = lo; n <= hi; n++) all.push(...spellings(n));
  return alt(all);
}

/** Reads a number written as digits or words (`07`, `mười hai`); `undefined` if neither. */
export function readNumber(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  return parseNumberText(s.toLowerCase());
}

const UNIT_WORD = "(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)";
const AFTER_TENS_WORD = "(?:mốt|một|hai|ba|bốn|tư|lăm|nhăm|sáu|bảy|bẩy|tám|chín)";

/**
 * A spelled-out number from 1 to 99, as a compact pattern: `mười lăm`, `hai mươi mốt`, `hai mốt`,
 * `chín`. It also accepts a few non-numbers of the same shape; callers read the match with
 * {@link readNumber} and check its range. (`mười năm` matches `mười` only: 15 is `mười lăm`.)
 */
export const SPELLED_1_99 = `(?:mười(?:${S}${AFTER_TENS_WORD})?|(?:hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)${S}mươi(?:${S}${AFTER_TENS_WORD})?|(?:hai|ba)${S}(?:mốt|lăm)|${UNIT_WORD})`;

/**
 * Spelled 1-31 (days, and the small counts of `3 ngày tới`, `cách đây hai năm`): a smaller pattern
 * than {@link SPELLED_1_99}, which keeps the date patterns small. Range-checked by the parsers.
 */
export const WORDS_1_31 = `(?:mười(?:${S}${AFTER_TENS_WORD})?|hai${S}mươi(?:${S}${AFTER_TENS_WORD})?|ba${S}mươi(?:${S}(?:mốt|một))?|(?:hai|ba)${S}mốt|hai${S}lăm|${UNIT_WORD})`;
/** Spelled 1-24 (hours). */
export const WORDS_1_24 = `(?:mười(?:${S}${AFTER_TENS_WORD})?|hai${S}mươi(?:${S}(?:mốt|một|hai|ba|bốn|tư))?|hai${S}mốt|${UNIT_WORD})`;
/** Spelled 1-12 (months). */
export const WORDS_1_12 = `(?:mười(?:${S}(?:một|hai))?|${UNIT_WORD})`;
/** Spelled 1-59 (minutes). */
export const WORDS_1_59 = SPELLED_1_99;

/** The word before `index` in `text`, lower-cased (skipping spaces), or "". */
export function wordBefore(text: string, index: number): string {
  let i = index;
  // Spaces only: a word on the line before is not next to this one.
  while (i > 0 && /[ \t\u00a0]/.test(text[i - 1] ?? "")) i--;
  let j = i;
  while (j > 0 && /[\p{L}\p{M}]/u.test(text[j - 1] ?? "")) j--;
  return text.slice(j, i).toLowerCase();
}

/** The word after `index` in `text`, lower-cased (skipping spaces), or "". */
export function wordAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && /[ \t\u00a0]/.test(text[i] ?? "")) i++;
  let j = i;
  while (j < text.length && /[\p{L}\p{M}]/u.test(text[j] ?? "")) j++;
  return text.slice(i, j).toLowerCase();
}
