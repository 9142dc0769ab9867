/**
 * Word shingles for near-duplicate detection. Two re-posts of a story differ in accents (NFD, the
 * other tone style, text typed without marks), case, punctuation and layout, so shingles are taken
 * over folded words: accents removed (`fold`), lower case, runs of letters and digits. A shingle is
 * `size` consecutive words, hashed to 32 bits.
 */
import { fold } from "../fold/fold.js";

/** Words per shingle by default: four syllables, rare enough that unrelated articles share few. */
export const DEFAULT_SHINGLE_SIZE = 4;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Murmur3's finaliser: a bijection on 32 bits that mixes every input bit into every output bit. */
export function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** ASCII letters and digits (after folding, nearly every character of a Vietnamese text). */
function asciiWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/** A letter or digit outside ASCII (tested one character at a time). */
export const OTHER_WORD_CHAR_RE = /[\p{L}\p{N}]/u;

/** 32-bit hashes of the words of a folded, lower-cased text, in order. */
function wordHashes(text: string): number[] {
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isWord =
      c < 0x80
        ? asciiWordChar(c)
        : c >= 0xd800 && c <= 0xdfff
          ? false
          : OTHER_WORD_CHAR_RE.test(text.charAt(i));
    if (isWord) {
      // Case is folded here, one code unit at a time (ASCII fast path).
      const lower = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
      h = Math.imul(h ^ lower, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/**
 * The folded text shingles are taken from: accents removed and other letters lower-cased, so that
 * `Quận ủy`, `Quận uỷ`, NFD `Quận ủy` and `quan uy` give the same words.
 */
export function foldForShingles(text: string): string {
  const folded = fold(typeof text === "string" ? text : "").text;
  // ASCII letters are lower-cased while hashing; other scripts here.
  for (let i = 0; i < folded.length; i++) {
    if (folded.charCodeAt(i) >= 0x80) return folded.toLowerCase();
  }
  return folded;
}

/**
 * Hashes of the `size`-word shingles of `text` (any text: it is folded first). A text of fewer
 * words than `size` has one shingle of all its words; a text without words has none. Hashes
 * repeat when shingles do (MinHash takes minima, so repeats do not matter).
 */
export function shingleHashes(text: string, size = DEFAULT_SHINGLE_SIZE): Uint32Array {
  const k = Math.max(1, Math.floor(size));
  const words = wordHashes(foldForShingles(text));
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - k + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b9;
    const end = Math.min(words.length, i + k);
    for (let j = i; j < end; j++) h = Math.imul(h ^ (words[j] as number), FNV_PRIME) + j - i;
    out[i] = mix32(h);
  }
  return out;
}
