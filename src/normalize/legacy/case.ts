/**
 * Case restoration for charsets that give capitals with tone marks the lower-case code (TCVN3 "ABC"
 * fonts drew capitals from a separate font with the same codes; Unikey's VISCII does the same for six
 * letters). After decoding, such a letter is lower case; it is put back in upper case when the text
 * around it shows it was: the rest of its word is in capitals (`§¶NG` → ĐẢNG), it sits between
 * words in capitals (`HÀ NỘI`), or it opens a sentence (`¸o` at the start of a line → Áo).
 *
 * What cannot be seen (a capital in the middle of a sentence, `nước Úc`) stays lower case: the
 * evaluation counts these separately.
 */

import { isValidSyllable } from "../vietnamese/syllable.js";

const isUpperLetter = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLowerLetter = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isLetter = (ch: string) => /\p{L}/u.test(ch);

/**
 * Restores case in `text` (a decoded region) at the `shared` positions (indices into `text` of
 * letters decoded from a shared code). `sentenceStart` tells whether the text begins a sentence.
 * Returns the corrected text (same length).
 */
export function restoreCase(
  text: string,
  shared: readonly number[],
  sentenceStart: boolean,
): string {
  if (shared.length === 0) return text;
  const chars = [...text];
  // Code-unit index to array index: every decoded letter is one code unit, so they coincide unless
  // the text has astral characters; map through a table to be safe.
  const unitToIndex = new Map<number, number>();
  let unit = 0;
  for (let k = 0; k < chars.length; k++) {
    unitToIndex.set(unit, k);
    unit += (chars[k] as string).length;
  }
  const isShared = new Set<number>();
  for (const s of shared) {
    const k = unitToIndex.get(s);
    if (k !== undefined) isShared.add(k);
  }
  // Words as [start, end) array indices.
  const words: [number, number][] = [];
  for (let k = 0; k < chars.length; ) {
    if (!isLetter(chars[k] as string)) {
      k++;
      continue;
    }
    let e = k;
    while (e < chars.length && isLetter(chars[e] as string)) e++;
    words.push([k, e]);
    k = e;
  }
  /** 1: all capitals (seen from its own letters), 0: not, -1: cannot tell. */
  const caps = words.map(([s, e]) => {
    let lowerOthers = 0;
    let upperLater = false;
    for (let k = s; k < e; k++) {
      if (isShared.has(k)) continue;
      const ch = chars[k] as string;
      if (isUpperLetter(ch)) {
        if (k > s) upperLater = true;
      } else if (isLowerLetter(ch)) lowerOthers++;
    }
    if (lowerOthers > 0) return 0;
    return upperLater ? 1 : -1;
  });
  // A word in capitals is evidence for its neighbours only if it is a Vietnamese syllable: an
  // acronym (KTS, MTVR) next to a name says nothing about the name's case.
  const evidence = words.map(([s, e], w) => {
    if (caps[w] !== 1 || e - s < 2) return false;
    let word = "";
    for (let k = s; k < e; k++)
      word += isShared.has(k) ? (chars[k] as string).toUpperCase() : chars[k];
    return isValidSyllable(word);
  });
  for (let w = 0; w < words.length; w++) {
    if (caps[w] !== -1) continue;
    if (evidence[w - 1] === true || evidence[w + 1] === true) caps[w] = 1;
  }
  for (let w = 0; w < words.length; w++) {
    const [s, e] = words[w] as [number, number];
    if (caps[w] === 1) {
      for (let k = s; k < e; k++)
        if (isShared.has(k)) chars[k] = (chars[k] as string).toUpperCase();
    } else if (isShared.has(s) && opensSentence(chars, s, sentenceStart)) {
      chars[s] = (chars[s] as string).toUpperCase();
    }
  }
  return chars.join("");
}

/** Whether the letter at `k` opens a sentence: only punctuation and spaces since one ended. */
function opensSentence(chars: string[], k: number, sentenceStart: boolean): boolean {
  for (let p = k - 1; p >= 0; p--) {
    const ch = chars[p] as string;
    if (ch === "." || ch === "!" || ch === "?" || ch === "…" || ch === "\n") return true;
    if (isLetter(ch) || /\p{N}/u.test(ch) || ch === "," || ch === ";" || ch === ":") return false;
  }
  return sentenceStart;
}
