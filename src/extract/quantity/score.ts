/**
 * Match scores: two small figures joined by a dash after a word that talks of a result
 * (`thắng 2-1`, `để thua trước 1-2`, `tỷ số 6-3`). The date and quantity extractors both ask this,
 * so that a score is neither 1 February nor the range "one to two".
 */
import { isWordChar } from "../time/scan.js";
import { SCORE_MAX, SCORE_PHRASES, SCORE_REACH, SCORE_WORDS } from "./lexicon/scores.js";

/** How many characters back the look for a cue goes at most (keeps it linear on any text). */
const SCORE_CHARS = 48;

const WORDS: ReadonlySet<string> = new Set(SCORE_WORDS);
const PHRASES: ReadonlySet<string> = new Set(SCORE_PHRASES);

/**
 * Whether a score cue is among the {@link SCORE_REACH} words before `start`, in the same clause
 * (the look stops at a sentence end or a line break). `text` is the normalised text: a one-word
 * cue written with a capital (`Hữu Thắng`, a name) does not count.
 */
export function scoreCueBefore(text: string, start: number): boolean {
  let i = start;
  let words = 0;
  let next = "";
  const stop = Math.max(0, start - SCORE_CHARS);
  while (i > stop && words < SCORE_REACH) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 46 || c === 33 || c === 63 || c === 59) return false; // \n . ! ? ;
    if (!isWordChar(c)) {
      i--;
      continue;
    }
    let j = i;
    while (j > stop && isWordChar(text.charCodeAt(j - 1))) j--;
    const word = text.slice(j, i);
    words++;
    const lower = word.toLowerCase();
    // `Dự đoán: 1-1` opens a sentence; a lone capitalised `Thắng` is a name.
    if ((word === lower && WORDS.has(word)) || PHRASES.has(`${lower} ${next}`)) return true;
    next = lower;
    i = j;
  }
  return false;
}

/** Whether `a-b` could be a score: both sides small whole numbers. */
export function scoreSized(a: number, b: number): boolean {
  return (
    Number.isInteger(a) &&
    Number.isInteger(b) &&
    a >= 0 &&
    b >= 0 &&
    a <= SCORE_MAX &&
    b <= SCORE_MAX
  );
}
