/**
 * How Vietnamese a piece of text looks, word by word. The detectors of legacy encodings and of
 * mojibake, and `decode`, compare candidate readings of the same text with it: the reading whose words
 * are valid Vietnamese syllables with their diacritics wins.
 */
import { CLASS, F_LEGACY } from "../char-class.js";
import {
  COMBINING,
  hasVietnameseMark,
  LETTER,
  OTHER_LETTER,
  TABLE_SIZE,
  TONED_CONSONANT,
} from "../vietnamese/alphabet.js";
import { syllableQuality } from "../vietnamese/syllable.js";

/** Word counts of a text. */
export interface WordScore {
  /** Valid syllables with a Vietnamese diacritic (tone, ă â ê ô ơ ư, đ). */
  marked: number;
  /** Valid syllables without diacritics (Vietnamese without accents, or English like "an"). */
  plain: number;
  /** Invalid words of plain ASCII letters (English, abbreviations): neutral. */
  foreign: number;
  /** Invalid words with non-ASCII characters (`häc`, `T«i`, `Viêòt`): the mark of a wrong reading. */
  junk: number;
  /** Characters that Unicode Vietnamese does not use but legacy code pages do. */
  legacyChars: number;
}

/** The sum that readings are compared by. */
export function scoreValue(s: WordScore): number {
  return s.marked - s.junk;
}

/** Word separators: whitespace, ASCII punctuation and common Unicode punctuation. */
function isSeparator(code: number): boolean {
  if (code <= 0x40) return code < 0x30 || code > 0x39; // controls, space, punctuation; not digits
  if (code < 0x80) return (code >= 0x5b && code <= 0x60) || code >= 0x7b;
  return code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || code === 0x3000 || code === 0xfeff;
}

/**
 * Punctuation that may open or close a word (quotes, brackets, dashes, bullets): trimmed before a
 * word is judged. Legacy letters that look like symbols (`®` is TCVN3 đ, `«` ô) are not trimmed
 * when they sit inside a word, so `T«i` and `®é` count as junk as they stand.
 */
const EDGE_PUNCTUATION = new Uint8Array(0x2100);
for (const ch of "“”‘’«»‹›„‚\"'()[]{}<>–—…•·*!?.,;:/\\|-_") EDGE_PUNCTUATION[ch.charCodeAt(0)] = 1;

function isTrimmable(code: number): boolean {
  return code < 0x2100 && EDGE_PUNCTUATION[code] === 1;
}

/**
 * Scores `text.slice(start, end)`. A word is a run of characters between separators, trimmed of
 * non-letters at both ends (so `«Hà` is `Hà` and a lone `©` is nothing); words with digits are
 * skipped.
 */
export function scoreText(
  text: string,
  start = 0,
  end = text.length,
  perWord?: number[],
): WordScore {
  const s: WordScore = { marked: 0, plain: 0, foreign: 0, junk: 0, legacyChars: 0 };
  let i = start;
  while (i < end) {
    while (i < end && isSeparator(text.charCodeAt(i))) i++;
    let j = i;
    while (j < end && !isSeparator(text.charCodeAt(j))) j++;
    if (j > i) {
      const marked = s.marked;
      const junk = s.junk;
      scoreWord(text, i, j, s);
      // Per word: 1 a Vietnamese syllable with its marks, -1 junk, 0 anything else.
      perWord?.push(s.marked > marked ? 1 : s.junk > junk ? -1 : 0);
    }
    i = j;
  }
  return s;
}

function scoreWord(text: string, start: number, end: number, s: WordScore): void {
  // Words with digits (1°43, 4×2, 82А) are measurements and codes, not evidence either way.
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return;
  }
  let a = start;
  let b = end;
  while (a < b && isTrimmable(text.charCodeAt(a))) a++;
  while (b > a && isTrimmable(text.charCodeAt(b - 1))) b--;
  if (a === b) return;
  // A word with no letter at all (©, °, ½) is a symbol, not evidence.
  let hasLetter = false;
  for (let k = a; k < b && !hasLetter; k++) {
    const c = text.charCodeAt(k);
    hasLetter =
      c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : c < TABLE_SIZE && LETTER[c] !== 0;
  }
  if (!hasLetter) return;
  let ascii = true;
  let mark = false;
  let letters = true;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) {
      ascii = false;
      if (((CLASS[c] as number) & F_LEGACY) !== 0) s.legacyChars++;
      const info = c < TABLE_SIZE ? (LETTER[c] as number) : 0;
      if (info === 0 || info === OTHER_LETTER || info === TONED_CONSONANT) letters = false;
      else if (info === COMBINING || hasVietnameseMark(info)) mark = true;
    } else if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) letters = false;
  }
  const quality = letters ? syllableQuality(text, a, b) : 0;
  if (quality > 0) {
    // A syllable with its mark out of place (as a wrong reading often gives) counts half.
    if (mark) s.marked += quality === 2 ? 1 : 0.5;
    else s.plain++;
  } else if (ascii) s.foreign++;
  else s.junk++;
}
