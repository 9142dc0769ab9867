/**
 * Case restoration for charsets that give capitals with tone marks the lower-case code (TCVN3 "ABC"
 * fonts drew capitals from a separate font with the same codes; Unikey's VISCII does the same for six
 * letters). After decoding, such a letter is lower case; it is put back in upper case when the text
 * around it shows it was: the rest of its word is in capitals (`§¶NG` → ĐẢNG), it sits next to a
 * word in capitals that is a Vietnamese syllable with diacritics (`HÀ NỘI`), or it opens a sentence
 * (`¸o` at the start of a line → Áo).
 *
 * What cannot be seen (a capital in the middle of a sentence, `nước Úc`) stays lower case: the
 * evaluation counts these separately.
 */
import { LETTER, OTHER_LETTER, TABLE_SIZE } from "../vietnamese/alphabet.js";
import { isValidSyllable } from "../vietnamese/syllable.js";

/** 1 lower-case letter, 2 upper-case letter, 3 other letter, 0 not a letter (by code unit). */
function letterCase(code: number): number {
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return 1;
    if (code >= 0x41 && code <= 0x5a) return 2;
    return 0;
  }
  if (code < TABLE_SIZE) {
    const info = LETTER[code] as number;
    if (info === 0) return 0;
    if (info >= OTHER_LETTER - 2) return 3; // combining marks, other letters
    return (info & 0x200) !== 0 ? 2 : 1;
  }
  return /\p{L}/u.test(String.fromCharCode(code)) ? 3 : 0;
}

/**
 * Restores case in `text` (a decoded region) at the `shared` positions (code-unit indices of letters
 * decoded from a shared code). `sentenceStart` tells whether the text begins a sentence. Returns the
 * corrected text (same length).
 */
export function restoreCase(
  text: string,
  shared: readonly number[],
  sentenceStart: boolean,
): string {
  if (shared.length === 0) return text;
  const n = text.length;
  const isShared = new Uint8Array(n);
  for (const s of shared) if (s >= 0 && s < n) isShared[s] = 1;
  // Words (runs of letters).
  const starts: number[] = [];
  const ends: number[] = [];
  for (let k = 0; k < n; ) {
    if (letterCase(text.charCodeAt(k)) === 0) {
      k++;
      continue;
    }
    let e = k;
    while (e < n && letterCase(text.charCodeAt(e)) !== 0) e++;
    starts.push(k);
    ends.push(e);
    k = e;
  }
  /** 1: all capitals (seen from its own letters), 0: not, -1: cannot tell. */
  const capsOf = (w: number): number => {
    const s = starts[w] as number;
    const e = ends[w] as number;
    let upperLater = false;
    for (let k = s; k < e; k++) {
      if (isShared[k] === 1) continue;
      const c = letterCase(text.charCodeAt(k));
      if (c === 1) return 0;
      if (c === 2 && k > s) upperLater = true;
    }
    return upperLater ? 1 : -1;
  };
  // A word in capitals is evidence for its neighbours only if it is a Vietnamese syllable: an
  // acronym (KTS, MTVR) next to a name says nothing about the name's case.
  const evidence = (w: number): boolean => {
    if (w < 0 || w >= starts.length) return false;
    const s = starts[w] as number;
    const e = ends[w] as number;
    if (e - s < 2 || capsOf(w) !== 1) return false;
    let word = "";
    let vietnamese = false;
    for (let k = s; k < e; k++) {
      const ch = text[k] as string;
      word += isShared[k] === 1 ? ch.toUpperCase() : ch;
      if (text.charCodeAt(k) >= 0x80) vietnamese = true;
    }
    // ASCII capitals that happen to spell a syllable (VIN, MU, HA) are acronyms as often as not.
    return vietnamese && isValidSyllable(word);
  };
  let out: string[] | null = null;
  const upper = (k: number) => {
    out ??= text.split("");
    out[k] = (text[k] as string).toUpperCase();
  };
  // Only the words that hold a shared letter need a decision.
  let w = 0;
  for (const p of shared) {
    if (p < 0 || p >= n) continue;
    while (w < starts.length && (ends[w] as number) <= p) w++;
    if (w >= starts.length) break;
    const s = starts[w] as number;
    if (p < s) continue;
    if (p !== firstShared(isShared, s, ends[w] as number)) continue; // decided with its word
    const caps = capsOf(w);
    const all = caps === 1 || (caps === -1 && (evidence(w - 1) || evidence(w + 1)));
    if (all) {
      for (let k = s; k < (ends[w] as number); k++) if (isShared[k] === 1) upper(k);
    } else if (isShared[s] === 1 && opensSentence(text, s, sentenceStart)) upper(s);
  }
  return out === null ? text : (out as string[]).join("");
}

function firstShared(isShared: Uint8Array, s: number, e: number): number {
  for (let k = s; k < e; k++) if (isShared[k] === 1) return k;
  return -1;
}

/** Whether the letter at `k` opens a sentence: only punctuation and spaces since one ended. */
function opensSentence(text: string, k: number, sentenceStart: boolean): boolean {
  for (let p = k - 1; p >= 0; p--) {
    const ch = text[p] as string;
    if (ch === "." || ch === "!" || ch === "?" || ch === "…" || ch === "\n") return true;
    const c = text.charCodeAt(p);
    if (letterCase(c) !== 0 || (c >= 0x30 && c <= 0x39) || ch === "," || ch === ";" || ch === ":")
      return false;
  }
  return sentenceStart;
}
