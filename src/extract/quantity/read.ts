/**
 * Reading one number at a position of the text: its figures and number words, sign, attached
 * suffix (`10k`, `800g`, `75ha`), and the checks that rule out what only looks like a number
 * (codes such as `U23`, `F-35A`; phone numbers; plate numbers; document numbers; versions).
 */
import { isDigit, isWordChar } from "../time/scan.js";
import {
  AFTER_TENS_WORDS,
  DIGIT_WORDS,
  MULTIPLIER_WORDS,
  POINT_WORDS,
  TENS_WORDS,
  ZERO_TENS_WORDS,
} from "./lexicon/number-words.js";
import { type NumToken, type ParsedNumber, parseFigure, parseNumberAt } from "./numerals.js";

/** Syllables a spelled-out number is made of. */
export const NUMBER_SYLLABLES: ReadonlySet<string> = new Set([
  ...Object.keys(DIGIT_WORDS),
  ...Object.keys(AFTER_TENS_WORDS),
  ...Object.keys(MULTIPLIER_WORDS),
  ...TENS_WORDS,
  ...ZERO_TENS_WORDS,
  ...POINT_WORDS,
  "mười",
  "trăm",
  "rưỡi",
  "nửa",
]);

/** A number read from the text (normalised offsets). */
export interface ReadNumber {
  /** Where the number starts (its sign or `âm` included) and ends (its suffix included). */
  start: number;
  end: number;
  value: number;
  /** Spelled out (at least one word), rather than figures only. */
  words: boolean;
  /** A single word that is often not a number (`một`, `năm`, `ba`). */
  lone: boolean;
  /** Written with a multiplier word (`5 tỷ`, `hai triệu`). */
  multiplied: boolean;
  /** The multiplier the number ends with (`4 triệu` → 1e6), which a range's start shares. */
  lastMultiplier?: number;
  /** Starts with a bare multiplier word (`triệu`, `tỷ`, `nghìn`): also `tỷ lệ`, `Triệu Vy`. */
  bareMultiplier: boolean;
  /** The figure as written, when the number is one figure. */
  figureText?: string;
  /** Letters attached after the figure (`g` in `800g`, `k` in `10k`), lower-cased. */
  suffix?: string;
  /** Where the suffix starts. */
  suffixStart?: number;
  negative: boolean;
}

const isSpaceCode = (c: number) => c === 32 || c === 0xa0 || c === 9;

/** Reads the figure or word tokens of a number chunk starting at `i`. */
function tokensAt(text: string, lower: string, i: number): NumToken[] {
  const out: NumToken[] = [];
  let j = i;
  const n = text.length;
  while (j < n && out.length < 16) {
    const c = text.charCodeAt(j);
    if (
      isDigit(c) ||
      ((c === 44 || c === 46) && isDigit(text.charCodeAt(j + 1)) && out.length === 0)
    ) {
      let k = j;
      while (k < n) {
        const d = text.charCodeAt(k);
        if (isDigit(d)) k++;
        else if ((d === 44 || d === 46) && isDigit(text.charCodeAt(k + 1))) k++;
        else break;
      }
      const s = text.slice(j, k);
      const figure = parseFigure(s);
      if (!figure) break;
      out.push({ text: s, start: j, end: k, figure });
      j = k;
    } else if (isWordChar(c)) {
      let k = j;
      while (k < n && isWordChar(text.charCodeAt(k))) k++;
      const w = lower.slice(j, k);
      if (!NUMBER_SYLLABLES.has(w)) break;
      out.push({ text: w, start: j, end: k });
      j = k;
    } else break;
    // One run of spaces (not a line break) between tokens.
    let k = j;
    while (k < n && isSpaceCode(text.charCodeAt(k))) k++;
    if (k === j) break;
    const next = text.charCodeAt(k);
    if (!(isDigit(next) || isWordChar(next))) break;
    j = k;
  }
  return out;
}

/** The letters right after `end`, lower-cased, if a letter follows directly. */
function attachedLetters(text: string, lower: string, end: number): string {
  let k = end;
  while (k < text.length && (isWordChar(text.charCodeAt(k)) || text[k] === "²" || text[k] === "³"))
    k++;
  // `m2`, `km2`, `m3`: a unit with a power digit.
  if (k > end && (text[k] === "2" || text[k] === "3") && !isDigit(text.charCodeAt(k + 1))) {
    const u = lower.slice(end, k);
    if (u === "m" || u === "km") k++;
  }
  return lower.slice(end, k);
}

/** Suffixes that may be glued to a figure: units, the đồng sign, SI multipliers. */
export const GLUED_SUFFIXES: ReadonlySet<string> = new Set([
  "đ",
  "k",
  "m",
  "g",
  "ha",
  "kg",
  "km",
  "cm",
  "mm",
  "ml",
  "l",
  "m2",
  "m3",
  "km2",
  "m²",
  "m³",
  "h",
  "gb",
  "mb",
  "tb",
  "mah",
  "w",
  "kw",
  "kwh",
  "mw",
  "v",
  "kv",
  "cc",
  "mp",
  "nm",
  "inch",
  "usd",
  "vnđ",
  "vnd",
  "rs",
  "tr",
  "ghz",
  "mhz",
  "hp",
  "mg",
  "t",
]);

/**
 * Phone numbers (`0912.345.678`, `0912 345 678`, `(028) 3823 4567`, `1900 1234`, `+84 91...`) and
 * plates (`29A-123.45`): matched where a figure starts, they are skipped whole.
 */
export const PHONE =
  /(?:\+84|0)\d{2,3}(?:[ .-]?\d{3}){2}\d{0,2}(?!\d)|\(0\d{2,3}\)\s?\d{3,4}[ .-]?\d{3,4}(?!\d)|1[89]00[ .-]?\d{3,4}(?:[ .-]?\d{2,3})?(?!\d)/uy;
/** Vehicle plates: `29A-123.45`, `51F-678.90`, `30E-12345`, `29H1 123.45`. */
export const PLATE = /\d{2}[A-Z]{1,2}\d?[-\s.]?\d{3}\.?\d{2}(?!\d)/uy;

/**
 * Where a phone or plate number that starts at the figure at `i` (or at the bracket just before
 * it, `(028) 3823 4567`) ends, or -1: the scanner skips it whole, so that its later groups are not
 * read as numbers either.
 */
export function blockedRunEnd(text: string, i: number): number {
  for (const at of text[i - 1] === "(" ? [i - 1, i] : [i]) {
    for (const re of [PHONE, PLATE]) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) return m.index + m[0].length;
    }
  }
  return -1;
}

/**
 * The number whose first figure or word is at `i`, or `undefined` when there is none or it is part
 * of a code, a phone number, a plate, a document number or a version.
 */
export function readNumberAt(
  text: string,
  lower: string,
  i: number,
  gluedPrefixOk: (letters: string) => boolean = () => false,
): ReadNumber | undefined {
  const before = i > 0 ? text.charCodeAt(i - 1) : 32;
  // Glued to a letter or to another figure group (`U23`, `F-35A`, `1.2.3`): a code, unless the
  // letters are a currency code (`INR33`, `GBP3,01`).
  if (isDigit(text.charCodeAt(i))) {
    if (isWordChar(before)) {
      let k = i;
      while (k > 0 && isWordChar(text.charCodeAt(k - 1))) k--;
      if (!gluedPrefixOk(lower.slice(k, i))) return undefined;
    }
    if (isDigit(before)) return undefined;
    // The tail of a longer figure (`345` in `0912.345.678`, `45` in `123.45`).
    if ((before === 46 || before === 44) && isDigit(text.charCodeAt(i - 2))) return undefined;
    if ((before === 45 || before === 47) && isWordChar(text.charCodeAt(i - 2))) return undefined;
    if (before === 47 && isDigit(text.charCodeAt(i - 2))) return undefined;
    if (blockedRunEnd(text, i) > i) return undefined;
  }
  // `,77` (0.77): a decimal comma with no digit before it starts the figure.
  const from =
    (before === 44 || before === 46) &&
    !isDigit(text.charCodeAt(i - 2)) &&
    !isWordChar(text.charCodeAt(i - 2))
      ? i - 1
      : i;
  const tokens = tokensAt(text, lower, from);
  if (tokens.length === 0) return undefined;
  const parsed: ParsedNumber | undefined = parseNumberAt(tokens, 0);
  if (!parsed) return undefined;
  const first = tokens[0] as NumToken;
  const lastTok = tokens[parsed.end - 1] as NumToken;
  let start = first.start;
  const end = lastTok.end;
  let value = parsed.value;
  const single = parsed.end === 1 && first.figure;
  // What follows a figure directly: `/` + more (document numbers, fractions, dates), more dots
  // (versions), or glued letters.
  let suffix: string | undefined;
  let suffixStart: number | undefined;
  if (lastTok.figure) {
    const after = text.charCodeAt(end);
    if (
      after === 47 /* / */ &&
      (isDigit(text.charCodeAt(end + 1)) || isWordChar(text.charCodeAt(end + 1)))
    ) {
      return undefined;
    }
    if ((after === 46 || after === 44) && isDigit(text.charCodeAt(end + 1))) return undefined;
    if (
      after === 45 &&
      isWordChar(text.charCodeAt(end + 1)) &&
      !isWordChar(text.charCodeAt(end + 2))
    ) {
      return undefined; // `12-A`
    }
    if (isWordChar(after)) {
      const letters = attachedLetters(text, lower, end);
      if (!GLUED_SUFFIXES.has(letters)) return undefined;
      suffix = letters;
      suffixStart = end;
    }
  }
  // Sign: `-5`, `- 1.200.000`, `−3`, `âm 5`.
  let negative = false;
  if (first.figure) {
    const p1 = text[start - 1];
    const p2 = text[start - 2];
    const signAt =
      p1 === "-" || p1 === "−"
        ? start - 1
        : p1 === " " && (p2 === "-" || p2 === "−")
          ? start - 2
          : -1;
    if (signAt >= 0) {
      // A sign only where no figure or word comes before it: `3 - 4` is a range, `60 - 95%` too.
      let k = signAt - 1;
      while (k >= 0 && (text[k] === " " || text[k] === "\u00a0")) k--;
      const b = k >= 0 ? text.charCodeAt(k) : 32;
      if (!((isDigit(b) || isWordChar(b) || b === 37 /* % */ || b === 41) /* ) */)) {
        negative = true;
        start = signAt;
      }
    }
  }
  if (
    !negative &&
    lower.slice(Math.max(0, start - 3), start) === "âm " &&
    !isWordChar(text.charCodeAt(start - 4))
  ) {
    negative = true;
    start -= 3;
  }
  if (negative) value = -value;
  return {
    start,
    end,
    value,
    words: parsed.words,
    lone: parsed.lone,
    multiplied: tokens
      .slice(0, parsed.end)
      .some((t) => !t.figure && MULTIPLIER_WORDS[t.text] !== undefined),
    ...(!lastTok.figure && MULTIPLIER_WORDS[lastTok.text] !== undefined
      ? { lastMultiplier: MULTIPLIER_WORDS[lastTok.text] }
      : {}),
    ...(single ? { figureText: first.text } : {}),
    ...(suffix !== undefined && suffixStart !== undefined ? { suffix, suffixStart } : {}),
    negative,
    bareMultiplier: !first.figure && MULTIPLIER_WORDS[first.text] !== undefined,
  };
}
