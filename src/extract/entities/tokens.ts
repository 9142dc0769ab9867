import { nameKey } from "./key.js";

/** What a token is made of. */
export type TokenKind = "word" | "number" | "punct";

/**
 * One token of the normalised text: a syllable or word (letters, with internal apostrophes as in
 * `H'Hen`), a number, or one punctuation character. Offsets are into `Doc.text`.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** {@link nameKey} of the text: lower case, old-style tones. */
  readonly key: string;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case (`UBND`, `HĐND`). */
  readonly upper: boolean;
  /** What separates it from the previous token: nothing, spaces, or a line break. */
  readonly gap: "none" | "space" | "line";
  /** Index in the token array. */
  readonly index: number;
}

// A word: letters and marks, digits allowed inside (U23, F-35 is three tokens), an apostrophe only
// between letters (H'Hen, K'Ho, Ea H'leo). One punctuation character otherwise. Whitespace skipped.
/** The token pattern (exported for its safety test). */
export const TOKEN_PATTERN =
  /[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['\u2019](?=\p{L}))*|\p{N}+(?:[\p{L}\p{M}]+\p{N}*)*|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Splits text into tokens in one linear pass. Whitespace is not a token; each token records whether
 * a space or a line break came before it, so that phrases never run across paragraphs.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_PATTERN)) {
    const start = m.index;
    const t = m[0];
    const between = text.slice(last, start);
    const gap =
      between.length === 0 ? "none" : /[\n\r\u2028\u2029]/u.test(between) ? "line" : "space";
    const first = t.charAt(0);
    const isLetter = /[\p{L}]/u.test(first);
    const kind: TokenKind = isLetter ? "word" : /\p{N}/u.test(first) ? "number" : "punct";
    const cap = isLetter && first !== first.toLowerCase();
    tokens.push({
      start,
      end: start + t.length,
      text: t,
      kind,
      key: kind === "punct" ? normalisePunct(t) : nameKey(t),
      cap,
      upper: cap && t.length > 1 && t === t.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(t),
      gap,
      index: tokens.length,
    });
    last = start + t.length;
  }
  return tokens;
}

/** One key for look-alike punctuation: every dash is `-`, every apostrophe `'`. */
function normalisePunct(p: string): string {
  if (/[\u2010-\u2015\u2212]/u.test(p)) return "-";
  if (/[\u2019\u02bc\u2018]/u.test(p)) return "'";
  if (p === "\u201c" || p === "\u201d") return '"';
  return p;
}
