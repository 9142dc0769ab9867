/**
 * The token stream of a text, shared by every stage: words (syllables, acronyms, `U23`, `H'Hen`),
 * numbers (`2017`, `04/8/2017`, `1.455.005`, `10,5`) and single punctuation marks, each with its
 * offsets in the normalised text, its case, its lexicon key, and what separates it from the token
 * before. Whitespace is not a token.
 */
import {
  charTable,
  classAt,
  DIGIT,
  LETTER,
  LINE,
  LOWER,
  MARK,
  PARAGRAPH,
  SPACE,
  TABLE_SIZE,
  UPPER,
  widthAt,
} from "./chars.js";
import { punctKey, syllableKey } from "./key.js";

/** What a token is made of. */
export type TokenKind = "word" | "number" | "punct";

/**
 * What separates a token from the one before it: nothing (`năm,`), spaces, one line break, or a
 * blank line (or more). The first token of a text counts as starting a paragraph.
 */
export type Gap = "none" | "space" | "line" | "paragraph";

/** One token of the normalised text. Offsets are into the text that was tokenised (`Doc.text`). */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  readonly kind: TokenKind;
  /**
   * What lexicons are matched on: {@link syllableKey} of a word (lower case, old-style tone
   * placement) or number (lower case: `12a`), {@link punctKey} of a mark (one dash, one
   * apostrophe).
   */
  readonly key: string;
  /** A word that starts with an upper-case letter. */
  readonly cap: boolean;
  /** A word of two or more letters, all upper case (`UBND`, `HĐND`, `TP`). */
  readonly upper: boolean;
  readonly gap: Gap;
  /** Index in the token array. */
  readonly index: number;
}

/** Whether a line break (or a blank line) comes before the token: it starts a line. */
export function startsLine(t: Token): boolean {
  return t.gap === "line" || t.gap === "paragraph";
}

/** Whether anything (a space or a line break) comes before the token. */
export function spaced(t: Token): boolean {
  return t.gap !== "none";
}

/** Whether the token is the punctuation mark `mark` (as written). */
export function isPunct(t: Token | undefined, mark: string): boolean {
  return t !== undefined && t.kind === "punct" && t.text === mark;
}

/** Dashes used between a name and a title, or between list parts. */
export const DASHES: ReadonlySet<string> = new Set(["-", "–", "—", "‒", "―"]);

/** Opening and closing quotation marks. */
export const QUOTES: ReadonlySet<string> = new Set(['"', "“", "”", "'", "‘", "’", "«", "»"]);

const WORD_START = LETTER | MARK;
const WORD_PART = LETTER | MARK | DIGIT;

/**
 * Splits `text` into tokens in one pass over its code units; linear, never throws.
 *
 * - A word starts with a letter or a combining mark and runs over letters, marks and digits; an
 *   apostrophe between a letter and a letter joins (`H'Hen`, `K'Ho`, `Ea H'leo`).
 * - A number starts with a digit and runs over digits, letters and marks (`2017`, `12A`, `3G`);
 *   separators are marks of their own, so `04/8/2017` is five tokens and `1.000` three: lexicons
 *   and parsers then match whatever the spacing (`2015-2020`, `2015 - 2020`). What reads as one unit
 *   (a date, a decimal, `TP.HCM`) is a compound: see `compounds.ts`.
 * - Anything else that is not whitespace is one punctuation token per code point.
 *
 * Keys are computed once per distinct word of the text.
 */
export function tokenize(text: string): Token[] {
  const t = charTable();
  const tokens: Token[] = [];
  const keys = new Map<string, string>();
  const n = text.length;
  // Line breaks and spaces since the last token; the text starts as a paragraph does.
  let lines = 2;
  let spaces = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < TABLE_SIZE ? (t[c] as number) : classAt(text, i, t);
    if (cls & SPACE) {
      spaces = true;
      if (cls & PARAGRAPH) lines = 2;
      // `\r\n` is one line break.
      else if (cls & LINE && !(c === 0x0d && text.charCodeAt(i + 1) === 0x0a)) lines++;
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls & WORD_START) {
      kind = "word";
      i += c < TABLE_SIZE ? 1 : widthAt(text, i);
      while (i < n) {
        const d = text.charCodeAt(i);
        const k = d < TABLE_SIZE ? (t[d] as number) : classAt(text, i, t);
        if (k & WORD_PART) {
          i += d < TABLE_SIZE ? 1 : widthAt(text, i);
        } else if ((d === 0x27 || d === 0x2019) && i + 1 < n && classAt(text, i + 1, t) & LETTER) {
          i++;
        } else break;
      }
    } else if (cls & DIGIT) {
      kind = "number";
      i += c < TABLE_SIZE ? 1 : widthAt(text, i);
      while (i < n) {
        const d = text.charCodeAt(i);
        const k = d < TABLE_SIZE ? (t[d] as number) : classAt(text, i, t);
        if (k & WORD_PART) i += d < TABLE_SIZE ? 1 : widthAt(text, i);
        else break;
      }
    } else {
      kind = "punct";
      i += c < TABLE_SIZE ? 1 : widthAt(text, i);
    }
    const s = text.slice(start, i);
    let key: string;
    let cap = false;
    let upper = false;
    if (kind !== "punct") {
      const cached = keys.get(s);
      if (cached === undefined) {
        key = syllableKey(s);
        keys.set(s, key);
      } else key = cached;
      if (kind === "word") {
        cap = (cls & UPPER) !== 0;
        if (cap && i - start > 1) upper = allUpper(s, t);
      }
    } else key = punctKey(s);
    const gap: Gap = lines >= 2 ? "paragraph" : lines === 1 ? "line" : spaces ? "space" : "none";
    tokens.push({ start, end: i, text: s, kind, key, cap, upper, gap, index: tokens.length });
    lines = 0;
    spaces = false;
  }
  return tokens;
}

/** Two or more upper-case letters and no lower-case one (`UBND`, `HĐND`, `GD`, not `Hà`, `A1`). */
function allUpper(s: string, t: Uint16Array): boolean {
  let uppers = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const cls = c < TABLE_SIZE ? (t[c] as number) : classAt(s, k, t);
    if (cls & LOWER) return false;
    if (cls & UPPER) uppers++;
  }
  return uppers >= 2;
}
