/**
 * The Vietnamese number grammar: figures with Vietnamese separators and spelled-out numbers.
 *
 * Both the date extractor (`tháng mười`, `ba giờ rưỡi`) and the quantity extractors use it. The
 * grammar works on tokens (figures and lower-cased syllables) so that mixed forms such as
 * `1,5 triệu`, `2 tỷ 500 triệu` or `hai phẩy 23` parse like their spelled-out twins.
 */
import {
  AFTER_TENS_WORDS,
  DIGIT_WORDS,
  HALF_OF_WORD,
  HALF_WORD,
  HUNDRED_WORD,
  MULTIPLIER_WORDS,
  POINT_WORDS,
  TEN_WORD,
  TENS_WORDS,
  ZERO_TENS_WORDS,
} from "./lexicon/number-words.js";

/** How a figure was written, for callers that weigh ambiguity (dates, phone numbers...). */
export interface Figure {
  value: number;
  /** Integer digits with a leading zero (`06`, `08`). */
  zeroPadded: boolean;
  /** Written with thousands separators (`1.234.567`). */
  grouped: boolean;
  /** Has a decimal part (`2,5`). */
  decimal: boolean;
}

/**
 * Reads a figure written the Vietnamese way: `.` groups thousands and `,` marks decimals (`1.234,5`,
 * `2,5`, `,77`); a lone `.` not followed by exactly three digits is read as a decimal point (`2.5`,
 * as English-style copy has it), and several `,`-separated groups of three are English thousands
 * (`1,234,567`). Returns `undefined` for anything else (`1.2.3`, `12.34.5`).
 */
export function parseFigure(raw: string): Figure | undefined {
  const s = raw;
  if (s.length === 0 || s.length > 40) return undefined;
  // 1.234.567 or 1.234.567,89
  let m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(s);
  if (m?.[1]) {
    const int = Number(m[1].replaceAll(".", ""));
    const frac = m[2] ? Number(`0.${m[2]}`) : 0;
    return { value: int + frac, zeroPadded: /^0\d/.test(m[1]), grouped: true, decimal: !!m[2] };
  }
  // 1,234,567 (English thousands: two or more groups)
  m = /^(\d{1,3}(?:,\d{3}){2,})(?:\.(\d+))?$/.exec(s);
  if (m?.[1]) {
    const int = Number(m[1].replaceAll(",", ""));
    const frac = m[2] ? Number(`0.${m[2]}`) : 0;
    return { value: int + frac, zeroPadded: false, grouped: true, decimal: !!m[2] };
  }
  // 123 or 12,5 or ,77 or 2.5
  m = /^(\d*)(?:([,.])(\d+))?$/.exec(s);
  if (m && (m[1] || m[3])) {
    const intDigits = m[1] ?? "";
    const sep = m[2];
    const fracDigits = m[3];
    if (sep === "." && (fracDigits?.length === 3 || !intDigits)) {
      // 1.234 is a thousand-grouped integer (handled above when it has a digit before): here only
      // ".5"-like strings remain, which are not Vietnamese.
      if (!intDigits) return undefined;
    }
    const value = Number(`${intDigits || "0"}${fracDigits ? `.${fracDigits}` : ""}`);
    if (!Number.isFinite(value)) return undefined;
    return {
      value,
      zeroPadded: /^0\d/.test(intDigits),
      grouped: false,
      decimal: fracDigits !== undefined,
    };
  }
  return undefined;
}

/** One token of a number chunk: a figure or a lower-cased syllable, with its index in the text. */
export interface NumToken {
  /** Lower-cased syllable, or the figure string. */
  text: string;
  start: number;
  end: number;
  figure?: Figure;
}

/** A number read from tokens `[start, end)`. */
export interface ParsedNumber {
  value: number;
  /** Token index range. */
  start: number;
  end: number;
  /** Spelled-out (at least one number word) rather than a bare figure. */
  words: boolean;
  /** Only one token, a word that is usually not a number (`một`, `năm`, `ba`...). */
  lone: boolean;
}

interface Small {
  value: number;
  end: number;
  /** Has a tens or hundreds place (`mười`, `hai mươi`, `ba trăm`): never a lone ambiguous word. */
  compound: boolean;
}

const digitOf = (w: string | undefined): number | undefined =>
  w === undefined ? undefined : DIGIT_WORDS[w];

/** The longest spelled-out number below 1000 starting at token `i`. */
function parseSmall(t: readonly NumToken[], i: number): Small | undefined {
  let j = i;
  let value = 0;
  let hundreds = false;
  let tens = false;
  const w0 = t[j]?.text;
  const d0 = digitOf(w0);
  if (d0 !== undefined && t[j + 1]?.text === HUNDRED_WORD) {
    value = d0 * 100;
    j += 2;
    hundreds = true;
  } else if (w0 === HUNDRED_WORD && j === i) {
    value = 100;
    j += 1;
    hundreds = true;
  } else if (w0 === "chục" && j === i) {
    // `hàng chục người`, `vài chục`: a bare `chục` is ten.
    return { value: 10, end: j + 1, compound: true };
  }
  if (hundreds) {
    if (t[j]?.text === HALF_WORD) return { value: value + 50, end: j + 1, compound: true };
    const zt = t[j]?.text;
    const dz = digitOf(t[j + 1]?.text);
    if (zt !== undefined && ZERO_TENS_WORDS.has(zt) && dz !== undefined && dz > 0) {
      return { value: value + dz, end: j + 2, compound: true };
    }
  }
  const wt = t[j]?.text;
  const dt = digitOf(wt);
  if (wt === TEN_WORD) {
    value += 10;
    j += 1;
    tens = true;
  } else if (dt !== undefined && dt > 0 && TENS_WORDS.has(t[j + 1]?.text ?? "")) {
    value += dt * 10;
    j += 2;
    tens = true;
  }
  if (tens) {
    const wu = t[j]?.text;
    if (wu !== undefined) {
      const after = AFTER_TENS_WORDS[wu];
      const du = digitOf(wu);
      // `mười năm` is "ten years", not 15 (15 is `mười lăm`): a plain `năm` never ends a tens group.
      if (after !== undefined) return { value: value + after, end: j + 1, compound: true };
      if (du !== undefined && du > 0 && wu !== "năm") {
        return { value: value + du, end: j + 1, compound: true };
      }
    }
    return { value, end: j, compound: true };
  }
  if (hundreds) return { value, end: j, compound: true };
  if (d0 !== undefined && j === i) {
    // Colloquial `hai mốt` (21), `ba lăm` (35).
    const next = t[j + 1]?.text;
    if (next === "mốt" || next === "lăm") {
      if (d0 >= 2)
        return { value: d0 * 10 + (AFTER_TENS_WORDS[next] ?? 0), end: j + 2, compound: true };
    }
    return { value: d0, end: j + 1, compound: false };
  }
  return undefined;
}

/** Decimal digits after `phẩy`/`chấm`: `23` → 0.23, `ba` → 0.3, `hai mươi ba` → 0.23. */
function fraction(t: readonly NumToken[], i: number): { value: number; end: number } | undefined {
  const tok = t[i];
  if (!tok) return undefined;
  if (tok.figure) {
    if (!/^\d+$/.test(tok.text)) return undefined;
    return { value: Number(`0.${tok.text}`), end: i + 1 };
  }
  const s = parseSmall(t, i);
  if (!s) return undefined;
  const digits = String(s.value).length;
  return { value: s.value / 10 ** digits, end: s.end };
}

/**
 * The longest number starting at token `i`: figures and words combined with multipliers
 * (`ba nghìn tỷ`, `1,5 triệu`, `bảy trăm hai mươi mốt nghìn không trăm mười hai`), a trailing
 * `rưỡi` (`hai triệu rưỡi`), and a decimal part (`hai phẩy 23`).
 */
export function parseNumberAt(t: readonly NumToken[], i: number): ParsedNumber | undefined {
  let j = i;
  let total = 0;
  let largest = 0;
  let groups = 0;
  let words = false;
  let compound = false;
  let last: { value: number; end: number; figure: boolean; small?: Small } | undefined;
  for (;;) {
    const tok = t[j];
    if (!tok) break;
    let small: { value: number; end: number; figure: boolean; small?: Small } | undefined;
    if (tok.figure) small = { value: tok.figure.value, end: j + 1, figure: true };
    else if (tok.text === HALF_OF_WORD && j === i) {
      // `nửa tỷ` (half a billion); alone, a half that needs a unit of time to count.
      small = { value: 0.5, end: j + 1, figure: false };
    } else {
      const s = parseSmall(t, j);
      if (s) small = { value: s.value, end: s.end, figure: false, small: s };
    }
    const k = small ? small.end : j;
    const multWord = t[k]?.text;
    const mult = multWord === undefined || t[k]?.figure ? undefined : MULTIPLIER_WORDS[multWord];
    if (mult !== undefined && (small || groups > 0 || j === i)) {
      const n = small ? small.value : groups > 0 ? 0 : 1;
      words = true;
      if (mult > largest) {
        total = (total + n) * mult;
        largest = mult;
      } else {
        total += n * mult;
      }
      groups++;
      compound = true;
      j = k + 1;
      if (t[j]?.text === HALF_WORD) {
        total += mult / 2;
        j++;
      }
      last = undefined;
      continue;
    }
    if (!small) break;
    if (groups > 0) {
      // A trailing group after a multiplier must look like one (`không trăm mười hai`, `linh năm`):
      // `hai nghìn năm` is more often "two thousand years" than 2005.
      if (small.figure || !small.small?.compound) break;
      total += small.value;
      words = true;
      j = small.end;
      last = small;
      break;
    }
    total = small.value;
    words = !small.figure;
    compound = !!small.small?.compound;
    j = small.end;
    last = small;
    break;
  }
  if (j === i) return undefined;
  // Decimal part: `hai phẩy 23`, `1 phẩy 1`, `một chấm ba`.
  const pointWord = t[j]?.text;
  if (groups === 0 && pointWord && !t[j]?.figure && POINT_WORDS.has(pointWord) && last) {
    const f = fraction(t, j + 1);
    if (f && Number.isInteger(total)) {
      return { value: round(total + f.value), start: i, end: f.end, words: true, lone: false };
    }
  }
  const lone = words && !compound && j - i === 1;
  return { value: round(total), start: i, end: j, words, lone };
}

/** Removes binary noise from decimal arithmetic (1,1 × 10⁶ is 1100000, not 1100000.0000000002). */
export function round(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}

/** A figure's value, or a spelled-out number's, read from one string (`"mười lăm"` → 15). */
export function parseNumberText(text: string): number | undefined {
  const tokens = tokenizeNumberText(text);
  if (tokens.length === 0) return undefined;
  const n = parseNumberAt(tokens, 0);
  return n && n.end === tokens.length ? n.value : undefined;
}

/** Splits `text` into number tokens (figures and lower-cased syllables) with their offsets. */
export function tokenizeNumberText(text: string, offset = 0): NumToken[] {
  const out: NumToken[] = [];
  const re = /[\d.,]*\d|\p{L}[\p{L}\p{M}]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m[0];
    const start = offset + m.index;
    if (/^[\d.,]/.test(s)) {
      const figure = parseFigure(s);
      if (figure) out.push({ text: s, start, end: start + s.length, figure });
      else out.push({ text: s, start, end: start + s.length });
    } else {
      out.push({ text: s.toLowerCase(), start, end: start + s.length });
    }
  }
  return out;
}
