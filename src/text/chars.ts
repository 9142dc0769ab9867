/**
 * Character classes of UTF-16 code units, read from one table: what the tokenizer, the keys and the
 * phrase matchers of every stage agree a letter, a digit, a space or a line break is.
 *
 * The table covers the code units Vietnamese text is made of (Latin, Latin Extended, combining marks,
 * Vietnamese letters, general punctuation: below {@link TABLE_SIZE}); anything above is classified
 * by a Unicode property test. It is built on first use, not at import.
 */

/** `\p{L}`: a letter. */
export const LETTER = 1;
/** `\p{M}`: a combining mark (NFD input). */
export const MARK = 2;
/** `\p{N}`: a digit or other number character. */
export const DIGIT = 4;
/**
 * Whitespace: `\s` (which takes in the BOM, not the zero-width space or controls: those are
 * punctuation tokens of their own, and the normaliser removes them from the text by default).
 */
export const SPACE = 8;
/** A line break: `\n`, `\r`, U+2028. (Also {@link SPACE}.) */
export const LINE = 16;
/** U+2029, a paragraph separator. (Also {@link SPACE} and {@link LINE}.) */
export const PARAGRAPH = 32;
/** A letter with a lower-case form of its own (`A`, `Đ`, `Ư`). */
export const UPPER = 64;
/** A letter with an upper-case form of its own (`a`, `đ`, `ư`). */
export const LOWER = 128;
/** `\p{P}`: punctuation (as opposed to a symbol such as `+`, `©`, an emoji). */
export const PUNCTUATION = 256;

/** Code units below this bound are classified by table. */
export const TABLE_SIZE = 0x2100;

const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_DIGIT = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;
const IS_PUNCTUATION = /^\p{P}$/u;

/** The class bits of one code point, by Unicode properties (the slow path). */
function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let bits = 0;
  if (IS_LETTER.test(ch)) {
    bits |= LETTER;
    if (ch.toLowerCase() !== ch) bits |= UPPER;
    if (ch.toUpperCase() !== ch) bits |= LOWER;
  } else if (IS_MARK.test(ch)) bits |= MARK;
  else if (IS_DIGIT.test(ch)) bits |= DIGIT;
  else if (IS_PUNCTUATION.test(ch)) bits |= PUNCTUATION;
  if (IS_SPACE.test(ch)) bits |= SPACE;
  if (cp === 0x0a || cp === 0x0d || cp === 0x2028) bits |= LINE;
  if (cp === 0x2029) bits |= LINE | PARAGRAPH;
  return bits;
}

let table: Uint16Array | undefined;

/** The class table, built on first use (about 8,000 property tests, once per process). */
export function charTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) t[c] = classify(c);
  table = t;
  return t;
}

/**
 * The class bits of the code point at `i` (a surrogate pair is read as one code point; a lone
 * surrogate is nothing but itself: no letter, no space).
 */
export function classAt(text: string, i: number, t: Uint16Array = charTable()): number {
  const c = text.charCodeAt(i);
  if (c < TABLE_SIZE) return t[c] as number;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    return 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return classify(c);
}

/** Code units the code point at `i` takes: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Whether the code unit `c` is an ASCII digit. */
export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
