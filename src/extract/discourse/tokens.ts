import { charTable, classAt, DIGIT, UPPER, widthAt } from "../../text/chars.js";
import { syllableKey as sharedSyllableKey } from "../../text/key.js";
import { type Token as SharedToken, tokenize as sharedTokenize } from "../../text/tokens.js";

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
// whitespace is one punctuation token. `tokenize` reads this grammar off the shared token stream
// (the regex below states it, and a property test checks that the two agree), in one linear pass.
const TOKEN_GROUPS =
  /([\p{L}\p{M}][\p{L}\p{M}\p{N}&]*)|(\p{N}+(?:[.,/:-]\p{N}+)*)|([^\s\p{L}\p{M}\p{N}])/gu;

/** The token grammar as a regex: exported for the ReDoS test and the scanner's property test. */
export const TOKEN_PATTERN: RegExp = TOKEN_GROUPS;

/**
 * The lexicon key of a word: the shared {@link sharedSyllableKey} (lower case, NFC, the tone mark of
 * an open `oa`/`oe`/`uy` on the first vowel, so that `hoà`/`hòa` and `uỷ`/`ủy` agree).
 */
export const syllableKey: (word: string) => string = sharedSyllableKey;

/**
 * The lexicon keys of a phrase, token by token as the text is tokenised: words by their key,
 * punctuation as written ("lao động, thương binh và xã hội" has a "," key), so a lexicon phrase
 * matches the token stream exactly.
 */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/** Splits normalised text into tokens. Linear in the length of the text; never throws. */
export function tokenize(text: string): Token[] {
  return discourseTokens(text, sharedTokenize(text));
}

/** A piece of a shared token: `H'Hen` is `H`, `'`, `Hen`; `12A` is `12`, `A`. */
const WORD = 0;
const DIGITS = 1;
const MARK = 2;

/**
 * The discourse view of the shared token stream of `text` (`src/text/tokens.ts`, made once per
 * document): the same text cut as the grammar above reads it. The shared stream cuts at every mark,
 * so that lexicons match whatever the spacing; discourse reads a few written-together forms whole: a
 * number with its inner separators (`04/8/2017`, `1.455.005.000`), a word with `&` (`GD&ĐT`); an
 * apostrophe is a mark of its own (`H'Hen`), and the letters a number runs into are a word (`12`
 * `A`). Keys are computed once per distinct word.
 */
export function discourseTokens(text: string, shared: readonly SharedToken[]): Token[] {
  const table = charTable();
  // Pieces: [start, end, kind, gap before (0 none, 1 space, 2 line)] in flat arrays.
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const gaps: number[] = [];
  const piece = (start: number, end: number, kind: number, gap: number) => {
    starts.push(start);
    ends.push(end);
    kinds.push(kind);
    gaps.push(gap);
  };
  for (const t of shared) {
    const gap = t.gap === "none" ? 0 : t.gap === "space" ? 1 : 2;
    if (t.kind === "punct") piece(t.start, t.end, MARK, gap);
    else if (t.kind === "number") {
      let k = t.start;
      while (k < t.end && classAt(text, k, table) & DIGIT) k += widthAt(text, k);
      piece(t.start, k, DIGITS, gap);
      if (k < t.end) piece(k, t.end, WORD, 0);
    } else {
      let k = t.start;
      for (let c = t.start; c < t.end; c++) {
        const code = text.charCodeAt(c);
        if (code !== 0x27 && code !== 0x2019) continue;
        piece(k, c, WORD, k === t.start ? gap : 0);
        piece(c, c + 1, MARK, 0);
        k = c + 1;
      }
      piece(k, t.end, WORD, k === t.start ? gap : 0);
    }
  }
  const out: Token[] = [];
  const keys = new Map<string, string>();
  const n = starts.length;
  const joins = (p: number, mark: (s: string) => boolean) =>
    p < n && gaps[p] === 0 && kinds[p] === MARK && mark(text.slice(starts[p], ends[p]));
  let p = 0;
  while (p < n) {
    const start = starts[p] as number;
    const gap = gaps[p] as number;
    const kind = kinds[p] as number;
    let q = p + 1;
    let tokenKind: TokenKind = "punct";
    if (kind === WORD) {
      // Letters, marks, digits and `&`, written together.
      tokenKind = "word";
      while (q < n && gaps[q] === 0 && (kinds[q] !== MARK || joins(q, (s) => s === "&"))) q++;
    } else if (kind === DIGITS) {
      // Digits, then `. , / : -` and digits again, written together.
      tokenKind = "num";
      while (joins(q, (s) => JOINERS.has(s)) && kinds[q + 1] === DIGITS && gaps[q + 1] === 0) {
        q += 2;
      }
    }
    const end = ends[q - 1] as number;
    const word = text.slice(start, end);
    let key = word;
    if (tokenKind === "word") {
      const cached = keys.get(word);
      if (cached === undefined) {
        key = syllableKey(word);
        keys.set(word, key);
      } else key = cached;
    }
    const cap = tokenKind === "word" && (classAt(text, start, table) & UPPER) !== 0;
    out.push({ start, end, text: word, key, kind: tokenKind, cap, sp: gap > 0, nl: gap > 1 });
    p = q;
  }
  return out;
}

/** Inner separators of a number (`04/8/2017`, `1.455.005`, `10,5`, `7:30`, `2016-2020`). */
const JOINERS: ReadonlySet<string> = new Set([".", ",", "/", ":", "-"]);

/** True when the token is the punctuation mark `mark`. */
export function isPunct(t: Token | undefined, mark: string): boolean {
  return t !== undefined && t.kind === "punct" && t.text === mark;
}

export { DASHES, QUOTES } from "../../text/tokens.js";
