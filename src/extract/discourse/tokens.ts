/**
 * The token stream the discourse grammar walks: words (syllables, acronyms such as `GD&ĐT`),
 * numbers (`04/8/2017`, `1.455.005.000`) and single punctuation marks, each with its offsets in the
 * normalised text. Whitespace is not a token, but each token records whether a space or a line
 * break came before it, which is what the sentence splitter and the list reader need.
 */

/** What a token is. */
export type TokenKind = "word" | "num" | "punct";

/** One token of the normalised text. */
export interface Token {
  /** Offset of the first code unit in the normalised text. */
  readonly start: number;
  /** Offset after the last code unit. */
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  /** Lower-case form with a canonical tone placement: the key lexicons are matched on. */
  readonly key: string;
  readonly kind: TokenKind;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Whitespace precedes the token. */
  readonly sp: boolean;
  /** A line break precedes the token (a paragraph or line boundary). */
  readonly nl: boolean;
}

// A word starts with a letter and runs over letters, marks, digits and `&` (`GD&ĐT`, `U23`);
// a number runs over digits with inner separators (`04/8/2017`, `10,5`); anything else that is not
// whitespace is one punctuation token. `tokenize` is a hand-written scanner for this grammar (the
// regex below states it, and a property test checks that the two agree): every branch consumes at
// least one character and never backtracks into another, so the scan is linear.
const TOKEN_GROUPS =
  /([\p{L}\p{M}][\p{L}\p{M}\p{N}&]*)|(\p{N}+(?:[.,/:-]\p{N}+)*)|([^\s\p{L}\p{M}\p{N}])/gu;

/** The token grammar as a regex: exported for the ReDoS test and the scanner's property test. */
export const TOKEN_PATTERN: RegExp = TOKEN_GROUPS;
const SPACE = /^\s$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const DIGIT = /^\p{N}$/u;
const UPPER = /^\p{Lu}/u;
const COMBINING = /[\u0300-\u036f]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;

/** Letters with a tone mark that can end a new-style `oa`/`oe`/`uy` syllable (`hoà`, `thuý`). */
const TONED_ENDINGS: ReadonlySet<string> = new Set("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệỳýỷỹỵ");

/**
 * The lexicon key of a word: lower case, NFC, with the tone mark of an `oa`/`oe`/`uy` ending put on
 * the first vowel, so that `hoà`/`hòa`, `hoè`/`hòe` and `uỷ`/`ủy` give the same key (the old style,
 * which bantin's lexicons are written in). Other syllables have one standard placement already.
 */
export function syllableKey(word: string): string {
  let lower = word.toLowerCase();
  // Normalised text is NFC already; only words with combining marks need composing first.
  if (COMBINING.test(lower)) lower = lower.normalize("NFC");
  const n = lower.length;
  if (n < 2 || !TONED_ENDINGS.has(lower.charAt(n - 1))) return lower;
  const glide = lower.charCodeAt(n - 2);
  if (glide !== 0x6f && glide !== 0x75) return lower; // o, u without a mark of their own
  if (glide === 0x75 && lower.charCodeAt(n - 3) === 0x71) return lower; // `qu` is a consonant
  const decomposed = lower.charAt(n - 1).normalize("NFD");
  const tone = TONE_MARKS.exec(decomposed);
  if (!tone) return lower;
  const vowel = decomposed.replace(TONE_MARKS, "");
  return (
    lower.slice(0, n - 2) +
    (lower.charAt(n - 2) + tone[0]).normalize("NFC") +
    vowel
  ).normalize("NFC");
}

/**
 * The lexicon keys of a phrase, token by token as the text is tokenised: words by their key,
 * punctuation as written ("lao động, thương binh và xã hội" has a "," key), so a lexicon phrase
 * matches the token stream exactly.
 */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/** The code point at `i` (a surrogate pair read as one). */
function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

/** Code units a code point takes. */
function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** `\s` without a regex for the common cases. */
function isSpace(cp: number): boolean {
  if (cp === 32 || cp === 9 || cp === 10 || cp === 13 || cp === 160) return true;
  if (cp < 128) return cp === 11 || cp === 12;
  return SPACE.test(String.fromCodePoint(cp));
}

/** `[\p{L}\p{M}]` without a regex for ASCII, Latin-1/Extended and Vietnamese letters. */
function isLetterOrMark(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x1ea0 && cp <= 0x1ef9)) return true;
  return LETTER_OR_MARK.test(String.fromCodePoint(cp));
}

/** `\p{N}` without a regex for ASCII digits. */
function isDigit(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  if (cp >= 0xc0 && cp <= 0x24f) return false;
  return DIGIT.test(String.fromCodePoint(cp));
}

/** Inner separators of a number (`04/8/2017`, `1.455.005`, `10,5`, `7:30`, `2016-2020`). */
function isNumberJoiner(c: number): boolean {
  return c === 46 || c === 44 || c === 47 || c === 58 || c === 45;
}

/** Splits normalised text into tokens. Linear in the length of the text; never throws. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Keys repeat (a bulletin says "các", "Quận ủy" dozens of times): compute each once per text.
  const keys = new Map<string, string>();
  const n = text.length;
  let sp = true;
  let nl = true;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(text, i);
    if (isSpace(cp)) {
      sp = true;
      if (cp === 10 || cp === 13 || cp === 0x2028 || cp === 0x2029) nl = true;
      i += 1;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isLetterOrMark(cp)) {
      kind = "word";
      i += width(cp);
      while (i < n) {
        const c = codePointAt(text, i);
        if (c !== 38 && !isLetterOrMark(c) && !isDigit(c)) break;
        i += width(c);
      }
    } else if (isDigit(cp)) {
      kind = "num";
      i += width(cp);
      while (i < n) {
        const c = codePointAt(text, i);
        if (isDigit(c)) {
          i += width(c);
          continue;
        }
        if (!isNumberJoiner(c) || i + 1 >= n) break;
        const next = codePointAt(text, i + 1);
        if (!isDigit(next)) break;
        i += 1 + width(next);
      }
    } else {
      kind = "punct";
      i += width(cp);
    }
    const word = text.slice(start, i);
    let key = word;
    let cap = false;
    if (kind === "word") {
      const cached = keys.get(word);
      if (cached === undefined) {
        key = syllableKey(word);
        keys.set(word, key);
      } else {
        key = cached;
      }
      const c0 = word.charCodeAt(0);
      cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : key !== word && UPPER.test(word);
    }
    tokens.push({ start, end: i, text: word, key, kind, cap, sp, nl });
    sp = false;
    nl = false;
  }
  return tokens;
}

/** True when the token is the punctuation mark `mark`. */
export function isPunct(t: Token | undefined, mark: string): boolean {
  return t !== undefined && t.kind === "punct" && t.text === mark;
}

/** Dashes used between a name and a title, or between list parts. */
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "‒", "―"]);

/** Opening and closing quotation marks. */
export const QUOTES: ReadonlySet<string> = new Set(['"', "“", "”", "'", "‘", "’", "«", "»"]);
