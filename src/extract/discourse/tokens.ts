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
// whitespace is one punctuation token. Every branch consumes at least one character and none can
// backtrack into another, so the scan is linear.
const TOKEN_GROUPS =
  /([\p{L}\p{M}][\p{L}\p{M}\p{N}&]*)|(\p{N}+(?:[.,/:-]\p{N}+)*)|([^\s\p{L}\p{M}\p{N}])/gu;

/** The token pattern, exported for the ReDoS test. */
export const TOKEN_PATTERN: RegExp = TOKEN_GROUPS;
const SPACE_BEFORE = /\s/u;
const UPPER = /^\p{Lu}/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const NON_ASCII = /[^ -~\t\n\r]/u;
const OLD_STYLE_ENDINGS = /(?:oa|oe|uy)$/u;

/**
 * The lexicon key of a word: lower case, NFC, with the tone mark of an `oa`/`oe`/`uy` ending put on
 * the first vowel, so that `hoà`/`hòa`, `hoè`/`hòe` and `uỷ`/`ủy` give the same key (the old style,
 * which bantin's lexicons are written in). Other syllables have one standard placement already.
 */
export function syllableKey(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const nfc = lower.normalize("NFC");
  const decomposed = nfc.normalize("NFD");
  const tone = TONE_MARKS.exec(decomposed);
  if (!tone) return nfc;
  const base = decomposed.replace(TONE_MARKS, "").normalize("NFC");
  if (!OLD_STYLE_ENDINGS.test(base) || base.startsWith("qu")) return nfc;
  const at = base.length - 1;
  return (base.slice(0, at) + tone[0] + base.slice(at)).normalize("NFC");
}

/** The lexicon key of a phrase of words separated by spaces. */
export function phraseKey(phrase: string): string[] {
  return phrase
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0)
    .map(syllableKey);
}

/** Code units that are whitespace (the common ones, checked without a regex). */
function isSpace(c: number): boolean {
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 160) return true;
  if (c < 128) return c === 11 || c === 12;
  return SPACE_BEFORE.test(String.fromCharCode(c));
}

/** Splits normalised text into tokens. Linear in the length of the text; never throws. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Keys repeat (a bulletin says "các", "Quận ủy" dozens of times): compute each once per text.
  const keys = new Map<string, string>();
  const WORDS = new RegExp(TOKEN_GROUPS.source, TOKEN_GROUPS.flags);
  let previousEnd = 0;
  for (let m = WORDS.exec(text); m !== null; m = WORDS.exec(text)) {
    const start = m.index;
    const word = m[0];
    const end = start + word.length;
    let sp = start === 0;
    let nl = start === 0;
    for (let i = previousEnd; i < start; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) nl = true;
      if (!sp && isSpace(c)) sp = true;
    }
    const kind: TokenKind = m[1] !== undefined ? "word" : m[2] !== undefined ? "num" : "punct";
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
    tokens.push({ start, end, text: word, key, kind, cap, sp, nl });
    previousEnd = end;
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
