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
// between letters (H'Hen, K'Ho, Ea H'leo); a number; one punctuation character otherwise.
// Whitespace is skipped. The three groups tell the kinds apart.
/** The token pattern (exported for its safety test). */
export const TOKEN_PATTERN =
  /([\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['\u2019](?=\p{L}))*)|(\p{N}+(?:[\p{L}\p{M}]+\p{N}*)*)|([^\s\p{L}\p{M}\p{N}])/gu;

const UPPER_TWICE = /\p{Lu}[\s\S]*\p{Lu}/u;

/**
 * Splits text into tokens in one linear pass. Whitespace is not a token; each token records whether
 * a space or a line break came before it, so that phrases never run across paragraphs. Keys are
 * computed once per distinct word of the text.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const keys = new Map<string, string>();
  const re = new RegExp(TOKEN_PATTERN.source, "gu");
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const t = m[0];
    let gap: Token["gap"] = start === last ? "none" : "space";
    for (let k = last; k < start && gap !== "line"; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) gap = "line";
    }
    const kind: TokenKind = m[1] !== undefined ? "word" : m[2] !== undefined ? "number" : "punct";
    let key = keys.get(t);
    if (key === undefined) {
      key = kind === "punct" ? normalisePunct(t) : nameKey(t);
      keys.set(t, key);
    }
    // Capitalised: the first letter changes when lower-cased (the key is lower case already).
    const cap =
      kind === "word" &&
      t.charCodeAt(0) !== key.charCodeAt(0) &&
      t.charAt(0) !== t.charAt(0).toLowerCase();
    tokens.push({
      start,
      end: start + t.length,
      text: t,
      kind,
      key,
      cap,
      upper: cap && t.length > 1 && t === t.toUpperCase() && UPPER_TWICE.test(t),
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
