/**
 * Numbers, money and counts: every number in the text (figures with Vietnamese separators and
 * spelled-out numbers), read with what surrounds it: a qualifier before (`hơn`, `gần`, `khoảng`),
 * a range (`3-4`, `từ 3 đến 5`), a percent sign, a currency, or the unit or noun it counts.
 */
import { assertInput } from "../../errors.js";
import { normalize } from "../../normalize/normalize.js";
import type { NormalizeOptions } from "../../normalize/options.js";
import type { CountEntity, MoneyEntity, NumberEntity, Qualifier } from "../../schema/quantity.js";
import type { Span } from "../../schema/span.js";
import type { DateEntity } from "../../schema/time.js";
import { Doc } from "../doc.js";
import { extractDatesFromDoc } from "../time/index.js";
import { assertBooleanOption, assertOptionsObject } from "../time/options.js";
import { atBoundary } from "../time/patterns.js";
import { lowerCase, PhraseMatcher } from "../time/phrases.js";
import { FIGURE, isDigit, isWordChar, TriggerIndex } from "../time/scan.js";
import {
  CURRENCY_AFTER,
  CURRENCY_AFTER_MULTIPLIER,
  CURRENCY_BEFORE,
  DONG_COMPOUNDS,
  MINOR_UNITS,
} from "./lexicon/currencies.js";
import { DIGIT_WORDS, HALF_OF_WORD, MULTIPLIER_WORDS } from "./lexicon/number-words.js";
import {
  LABEL_BEFORE,
  ORDINAL_BEFORE,
  ORDINAL_WORDS,
  QUALIFIERS,
  type QualifierMeaning,
  SO_COMPOUNDS,
} from "./lexicon/qualifiers.js";
import { MEASURE_UNITS } from "./lexicon/units.js";
import { round } from "./numerals.js";
import { blockedRunEnd, type ReadNumber, readNumberAt } from "./read.js";
import { scoreCueBefore, scoreSized } from "./score.js";
import { type UnitMatch, unitAt } from "./units.js";

/** Options of the quantity extractors. */
export interface QuantityOptions {
  /**
   * Also report numbers that are numbers only out of context: a lone number word (`một`, `năm`,
   * `không`: also "a", "year", "not") and figures with an SI suffix (`3M`, `4G`). Default `false`;
   * a text that is nothing but such a number (a table cell, a form field) wants `true`.
   */
  latent?: boolean;
}

/** Everything the quantity stage finds. */
export interface Quantities {
  numbers: NumberEntity[];
  money: MoneyEntity[];
  counts: CountEntity[];
}

export const PREFIX_CURRENCY = /(vn\$|us\$|\$|€|£|eur|gbp|inr|usd|rs\.?)[ \u00a0]?$/u;
/** `-`, `–`, ` - `, ` đến `, ` tới `, ` và ` (after `giữa`), ` ~ ` between the ends of a range. */
export const RANGE_SEP = /\s?[-–—~]\s?|\s+(?:đến|tới|và)\s+/uy;
export const PERCENT_AFTER = /\s?%|\s+(?:điểm\s+)?phần\s+trăm(?![\p{L}\p{M}])/uy;
export const PER_UNIT = /\/\s?([\p{L}\p{M}]+\d?)/uy;
export const MINOR_AFTER = /\s+(?:và\s+)?(\d{1,2})(?:\s+([\p{L}]+))?(?![\p{L}\p{M}\p{N}])/uy;
export const UP_DOWN = /\s+trở\s+(lên|xuống)(?![\p{L}\p{M}])/uy;

const CURRENCIES = new PhraseMatcher(Object.entries(CURRENCY_AFTER));
const CURRENCIES_MULT = new PhraseMatcher(Object.entries(CURRENCY_AFTER_MULTIPLIER));
const MEASURES = new Set(MEASURE_UNITS.map((m) => m.toLowerCase()));

/** Number triggers: figures, number words, `thứ` (ordinals), `đầu` (`đầu tiên`). */
const INDEX = new TriggerIndex<"number" | "ordinal">([
  [
    [
      FIGURE,
      ...Object.keys(DIGIT_WORDS),
      "mười",
      "trăm",
      "chục",
      HALF_OF_WORD,
      ...Object.keys(MULTIPLIER_WORDS),
    ],
    "number",
  ],
  [["thứ", "đầu"], "ordinal"],
]);

/** Units of time that `nửa` before them does not halve: `nửa đêm` (midnight), `nửa ngày đêm`. */
const HALF_NOT_UNITS: ReadonlySet<string> = new Set(["đêm", "ngày đêm", "h"]);

/** Two-word labels before a number (`giai đoạn 2`, `phiên bản 3`, `sư đoàn 5`). */
const LABEL_PAIRS: ReadonlySet<string> = new Set([
  "giai đoạn",
  "phiên bản",
  "sư đoàn",
  "trung đoàn",
  "tiểu đoàn",
  "quân đoàn",
  "quân khu",
  "quốc lộ",
  "tỉnh lộ",
  "khu phố",
  "tổ dân phố",
  "mã số",
  "số hiệu",
  "số thứ",
]);

/** The lower-cased words before `i`, last first (up to `n`). */
function wordsBefore(lower: string, i: number, n: number): string[] {
  const out: string[] = [];
  let j = i;
  while (out.length < n) {
    while (j > 0 && (lower[j - 1] === " " || lower[j - 1] === "\u00a0")) j--;
    let k = j;
    while (k > 0 && isWordChar(lower.charCodeAt(k - 1))) k--;
    if (k === j) break;
    out.push(lower.slice(k, j));
    j = k;
  }
  return out;
}

/** An item before it has its id (ids follow the final order). */
type Draft<T> = Omit<T, "id">;

/** What the stage has found so far. */
interface Drafts {
  numbers: Draft<NumberEntity>[];
  money: Draft<MoneyEntity>[];
  counts: Draft<CountEntity>[];
}

interface Ctx {
  doc: Doc;
  text: string;
  lower: string;
  latent: boolean;
  out: Drafts;
  /** Whether an offset is inside a date (a unit or currency there belongs to the date). */
  inDate: (offset: number) => boolean;
}

/** How a unit phrase was read: see `UnitPhrase` in the schema. */
function unitRule(u: UnitMatch & { glued?: boolean }): string {
  return u.glued ? "glued-unit" : u.viaClassifier ? "classifier" : "unit";
}

/** Ids in order of position: `number-1`, `money-1`, `count-1`... */
function withIds<T extends object>(kind: string, items: readonly T[]): ({ id: string } & T)[] {
  return items.map((item, i) => ({ id: `${kind}-${i + 1}`, ...item }));
}

function mention(ctx: Ctx, start: number, end: number): { span: Span; text: string } {
  return ctx.doc.mention(start, end);
}

/** The offset after skipping spaces backwards from `i`. */
function skipBack(text: string, i: number): number {
  let j = i;
  while (j > 0 && isSpace(text[j - 1])) j--;
  return j;
}

/** Where the word that ends right before `i` (after spaces) starts. */
function wordStart(text: string, i: number): number {
  let j = skipBack(text, i);
  while (j > 0 && isWordChar(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Whether `i` starts a sentence or a line (so a capital there says nothing). */
function isSentenceStart(text: string, i: number): boolean {
  const j = skipBack(text, i);
  return j === 0 || /[.!?:\n"“(]/u.test(text[j - 1] ?? "");
}

/** How many words the longest qualifier has (`không vượt quá`). */
const QUALIFIER_MAX_WORDS = Math.max(...Object.keys(QUALIFIERS).map((q) => q.split(/\s+/).length));

/**
 * The qualifier right before `i` (`hơn`, `gần`, `không quá`...), with its start: the longest run of
 * the words before `i` that is in the table. (A table lookup, no pattern.)
 */
function qualifierBefore(lower: string, i: number): { q: Qualifier; start: number } | undefined {
  const words = wordsBefore(lower, i, QUALIFIER_MAX_WORDS);
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).reverse().join(" ");
    const meaning = QUALIFIERS[phrase] as QualifierMeaning | undefined;
    if (!meaning) continue;
    // Where the first of those words starts.
    let start = i;
    for (let k = 0; k < n; k++) {
      while (start > 0 && (lower[start - 1] === " " || lower[start - 1] === "\u00a0")) start--;
      start -= (words[k] as string).length;
    }
    return { q: { word: phrase, meaning }, start };
  }
  return undefined;
}

const isSpace = (c: string | undefined) => c === " " || c === "\u00a0" || c === "\t";

/** The end of the spaces at `i`. */
function skipSpaces(text: string, i: number): number {
  let j = i;
  while (isSpace(text[j])) j++;
  return j;
}

/** The currency after the number at `i` (after spaces or glued), or `undefined`. */
function currencyAfter(
  ctx: Ctx,
  i: number,
  multiplied: boolean,
): { code: string; start: number; end: number } | undefined {
  const { text, lower } = ctx;
  const j = skipSpaces(text, i);
  if (ctx.inDate(j)) return undefined;
  const found =
    CURRENCIES.longest(lower, j) ?? (multiplied ? CURRENCIES_MULT.longest(lower, j) : undefined);
  if (!found) return undefined;
  // Glued: only symbols and `đ` (`10.000đ`, `10$`, `20€`); words need a space (`5 đồng`).
  if (j === i && !["$", "€", "£", "đ", "vnđ", "vnd", "usd"].includes(found.phrase))
    return undefined;
  if (found.phrase === "đồng") {
    const k = skipSpaces(text, found.end);
    let e = k;
    while (e < text.length && isWordChar(text.charCodeAt(e))) e++;
    if (DONG_COMPOUNDS.has(lower.slice(k, e))) return undefined; // `3 đồng chí`
  }
  return { code: found.value, start: j, end: found.end };
}

/** How a number was written: figures, words, or both (`1,5 triệu`). */
function writtenAs(
  text: string,
  start: number,
  end: number,
  words: boolean,
): NumberEntity["written"] {
  if (!words) return "figure";
  return /\d/.test(text.slice(start, end)) ? "mixed" : "words";
}

/** Reads the ordinal at `i` (`thứ 3`, `thứ nhất`, `đầu tiên`), if any. */
function ordinalAt(ctx: Ctx, i: number): { end: number; value: number } | undefined {
  const { text, lower } = ctx;
  if (lower.startsWith("đầu", i)) {
    const j = skipSpaces(text, i + 3);
    if (j > i + 3 && lower.startsWith("tiên", j) && !isWordChar(text.charCodeAt(j + 4))) {
      return { end: j + 4, value: 1 };
    }
    return undefined;
  }
  if (!lower.startsWith("thứ", i) || isWordChar(text.charCodeAt(i + 3))) return undefined;
  const j = skipSpaces(text, i + 3);
  if (j === i + 3) return undefined;
  if (isDigit(text.charCodeAt(j))) {
    let k = j;
    while (isDigit(text.charCodeAt(k))) k++;
    if (isWordChar(text.charCodeAt(k)) || k - j > 3) return undefined;
    return { end: k, value: Number(text.slice(j, k)) };
  }
  const r = readNumberAt(text, lower, j);
  if (r && !r.negative && Number.isInteger(r.value) && r.value > 0) {
    // `thứ hai mươi` (20th); a single word goes through the ordinal table (`thứ nhất`, `thứ tư`).
    if (!r.lone) return { end: r.end, value: r.value };
  }
  let k = j;
  while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
  const v = ORDINAL_WORDS[lower.slice(j, k)];
  return v !== undefined ? { end: k, value: v } : undefined;
}

/** Handles the number `r`; returns where it (and what it took with it) ends. */
function handleNumber(ctx: Ctx, r: ReadNumber): number {
  const { text, lower, out } = ctx;
  // Most lone number words are not numbers (`năm` year, `một` a, `ba` father): unless a unit or a
  // currency follows, stop here before any further work.
  if (r.lone && !ctx.latent) {
    const j = skipSpaces(text, r.end);
    const unitNext = j > r.end && !ctx.inDate(j) && unitAt(text, lower, j) !== undefined;
    if (
      !unitNext &&
      !currencyAfter(ctx, r.end, false) &&
      !/^\s?%|^\s+phần\s+trăm/u.test(lower.slice(r.end, r.end + 12))
    ) {
      return r.end;
    }
  }
  const before = wordsBefore(lower, r.start, 2);
  const w1 = before[0] ?? "";
  const pair = before.length === 2 ? `${before[1]} ${w1}` : "";
  // A label: `Quận 9`, `Điều 5`, `số 12`, `giai đoạn 2`.
  if ((LABEL_BEFORE.has(w1) && !SO_COMPOUNDS.has(pair)) || LABEL_PAIRS.has(pair)) return r.end;
  // An ordinal after its noun: `lần 2`, `vòng 3`.
  if (ORDINAL_BEFORE.has(w1) && Number.isInteger(r.value) && r.value > 0 && !r.suffix) {
    out.numbers.push({
      ...mention(ctx, r.start, r.end),
      rule: "ordinal-after-noun",
      kind: "ordinal",
      value: r.value,
      written: writtenAs(text, r.start, r.end, r.words),
    });
    return r.end;
  }
  // A list item number at the start of a line: `1. Tuổi Thìn`, `2)`.
  if (r.figureText && ".):".includes(text[r.end] ?? "x")) {
    const lineStart = r.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, r.start - 8), r.start));
    if (lineStart) return r.end;
  }

  let value = r.value;
  let end = r.end;
  let suffix = r.suffix;
  let multiplied = r.multiplied;
  // SI and abbreviated multipliers glued to a figure: `10k`, `3M`, `5tr`; kept only with money or
  // in latent mode (`4G` is a phone network, `3M` a company).
  let siFactor = 1;
  if (
    suffix === "k" ||
    suffix === "tr" ||
    (suffix === "m" && text[r.suffixStart ?? 0] === "M") ||
    (suffix === "g" && text[r.suffixStart ?? 0] === "G")
  ) {
    siFactor = suffix === "k" ? 1e3 : suffix === "tr" || suffix === "m" ? 1e6 : 1e9;
  }
  // A currency before the number (`$10`, `EUR 20`, `Rs. 20`): only looked for when the character
  // or word before could be one.
  const pc = text[skipBack(text, r.start) - 1] ?? "";
  const prefixM =
    "$€£.".includes(pc) || CURRENCY_BEFORE[w1] !== undefined
      ? PREFIX_CURRENCY.exec(lower.slice(Math.max(0, r.start - 8), r.start))
      : null;
  const prefix = prefixM && atBoundary(lower, r.start - prefixM[0].length) ? prefixM : null;
  const prefixCode = prefix?.[1] ? CURRENCY_BEFORE[prefix[1]] : undefined;
  const prefixStart = prefix ? r.start - prefix[0].length : undefined;

  // A range: `3-4 triệu`, `20-30%`, `từ 3 đến 5 người`, `giữa 1,1 và 1,3 đô la`.
  let upper: number | undefined;
  let rangeOpen: number | undefined;
  const afterFirst = r.suffixStart ?? end;
  RANGE_SEP.lastIndex = suffix ? afterFirst + (suffix?.length ?? 0) : end;
  const sep = suffix ? null : RANGE_SEP.exec(lower);
  if (sep) {
    const sepWord = sep[0].trim();
    const opener =
      sepWord === "và" ? "giữa" : sepWord === "đến" || sepWord === "tới" ? "từ" : undefined;
    const okOpener = opener === undefined || w1 === opener;
    const second = okOpener
      ? readNumberAt(
          text,
          lower,
          sep.index + sep[0].length,
          (l) => CURRENCY_BEFORE[l] !== undefined,
        )
      : undefined;
    const dash = /^[-–—~]$/.test(sepWord);
    // `thua 1-2 trước Sevilla`, `tỷ số 6-3`: a score, neither a range nor two numbers.
    if (
      second &&
      dash &&
      !multiplied &&
      !second.multiplied &&
      scoreSized(value, second.value) &&
      scoreCueBefore(text, r.start)
    ) {
      return second.end;
    }
    if (second && !second.negative) {
      // `3-4 triệu`: the start shares the end's multiplier; `300.000 đến 2,4 triệu` does not.
      let first = value;
      if (
        !multiplied &&
        second.lastMultiplier &&
        round(first * second.lastMultiplier) < second.value
      ) {
        first = round(first * second.lastMultiplier);
      }
      if (second.value > first) {
        value = first;
        upper = second.value;
        end = second.end;
        suffix = second.suffix;
        multiplied = multiplied || second.multiplied;
        // `từ 3 đến 5`, `từ 3-4 triệu`, `giữa 1,1 và 1,3`: the opening word belongs to the range.
        if ((opener && w1 === opener) || (!opener && w1 === "từ")) {
          rangeOpen = wordStart(text, r.start);
        }
      } else if (dash && !second.multiplied && Number.isInteger(second.value)) {
        return second.end; // `thắng 2-1`, `hòa 1-1`: a score
      }
    }
  }
  // Where the figures end (a glued unit is not part of the number; a glued multiplier is), and
  // where what follows the number starts (after any glued suffix).
  const suffixStart = upper === undefined ? r.suffixStart : undefined;
  const suffixEnd = suffixStart !== undefined && suffix ? suffixStart + suffix.length : end;
  const numberEnd = suffixStart !== undefined && siFactor === 1 ? suffixStart : suffixEnd;
  const afterNumber = suffixEnd;

  // Percent.
  PERCENT_AFTER.lastIndex = afterNumber;
  const pct = suffix ? null : PERCENT_AFTER.exec(lower);
  // Money: glued đ/usd, a currency word after, or a prefix.
  let currency: { code: string; start: number; end: number } | undefined;
  if (!pct) {
    if (suffix === "đ" || suffix === "vnđ" || suffix === "vnd") {
      currency = { code: "VND", start: numberEnd, end: suffixEnd };
    } else if (suffix === "usd") currency = { code: "USD", start: numberEnd, end: suffixEnd };
    else if (suffix === "rs") currency = { code: "INR", start: numberEnd, end: suffixEnd };
    else if (!suffix || siFactor !== 1)
      currency = currencyAfter(ctx, afterNumber, multiplied || siFactor !== 1);
  }
  const isMoney = currency !== undefined || prefixCode !== undefined;
  if (siFactor !== 1) {
    if (!isMoney && !ctx.latent) return end; // `4G`, `3M`: not a number here
    value = round(value * siFactor);
    if (upper !== undefined) upper = round(upper * siFactor);
    multiplied = true;
  }
  const spelled = r.words;
  const lone = r.lone && upper === undefined;
  const loneWord = lone ? lower.slice(r.start, r.end) : "";

  // Year-like figures with nothing after them are years (`SEA Games 2017`), not quantities.
  const yearLike =
    r.figureText !== undefined &&
    /^\d{4}$/.test(r.figureText) &&
    value >= 1800 &&
    value <= 2199 &&
    upper === undefined;

  const qual = qualifierBefore(lower, rangeOpen ?? prefixStart ?? r.start);
  const numberStart = r.start;

  let moneyEnd = suffixEnd;
  if (isMoney) {
    const code = currency?.code ?? prefixCode ?? "VND";
    let mEnd = currency?.end ?? numberEnd;
    let amount = value;
    // Cents: `2 đô la và 23 xen`, `2 đô 23 xu`, `hai đô 23`.
    if ((code === "$" || code === "USD" || code === "EUR") && upper === undefined) {
      MINOR_AFTER.lastIndex = mEnd;
      const minor = MINOR_AFTER.exec(lower);
      if (minor?.[1] && (minor[2] === undefined || MINOR_UNITS.has(minor[2]))) {
        const tailOk =
          minor[2] !== undefined ||
          !isWordChar(lower.charCodeAt(minor.index + minor[0].length + 1));
        if (tailOk) {
          amount = round(amount + Number(minor[1]) / 100);
          mEnd = minor.index + minor[0].length;
        }
      }
    }
    let per: string | undefined;
    PER_UNIT.lastIndex = mEnd;
    const perM = PER_UNIT.exec(lower);
    if (perM?.[1]) {
      per = text.slice(perM.index + perM[0].length - perM[1].length, perM.index + perM[0].length);
      mEnd = perM.index + perM[0].length;
    }
    let qualifier = qual?.q;
    let start = qual?.start ?? rangeOpen ?? prefixStart ?? numberStart;
    UP_DOWN.lastIndex = mEnd;
    const ud = UP_DOWN.exec(lower);
    if (ud && w1 === "từ" && upper === undefined) {
      qualifier = {
        word: `từ ... trở ${ud[1]}`,
        meaning: ud[1] === "lên" ? "at-least" : "at-most",
      };
      start = wordStart(text, numberStart);
      mEnd = ud.index + ud[0].length;
    }
    const code2 = currency?.code === "cent" ? "cent" : code;
    out.money.push({
      ...mention(ctx, Math.min(start, prefixStart ?? start), mEnd),
      rule: prefixCode && !currency ? "money-prefix" : "money",
      value: amount,
      ...(upper !== undefined ? { upper } : {}),
      currency: code2,
      ...(per ? { per } : {}),
      ...(qualifier ? { qualifier } : {}),
    });
    moneyEnd = mEnd;
  }

  // The number itself (not for lone ambiguous words that nothing supports).
  let unit: (UnitMatch & { power?: "2" | "3"; glued?: boolean }) | undefined;
  if (!isMoney && !pct) {
    if (suffix && siFactor === 1 && r.suffixStart !== undefined) {
      if (MEASURES.has(suffix) || suffix === "h") {
        unit = {
          start: r.suffixStart,
          end: r.suffixStart + suffix.length,
          kind: suffix === "h" ? "duration" : "measure",
          glued: true,
        };
      }
    } else {
      const j = skipSpaces(text, suffixEnd);
      if (j > suffixEnd && !ctx.inDate(j)) unit = unitAt(text, lower, j);
    }
    // `năm tháng` (years), `năm tuổi` (one's zodiac year), `một người` (a person): lone words
    // only count with a clear noun.
    if (unit && lone) {
      const u = lower.slice(unit.start, unit.end);
      const nam = loneWord === "năm" && (u === "năm" || u === "tháng" || u === "tuổi");
      // `nửa tháng`, `nửa giờ` are half a month, half an hour; `nửa đêm` is midnight and
      // `nửa người` half a body.
      const half = loneWord === HALF_OF_WORD && (unit.kind !== "duration" || HALF_NOT_UNITS.has(u));
      if (loneWord === "một" || loneWord === "không" || nam || half) {
        unit = undefined;
      }
    }
    // `SH mode 2017 bản tiêu chuẩn`: a year-like figure before a classifier is a model year.
    if (unit?.viaClassifier && r.figureText !== undefined && /^(?:19|20)\d\d$/.test(r.figureText)) {
      unit = undefined;
    }
    // `257.985m 2` (m² split by a space in copy).
    if (unit && (suffix === "m" || suffix === "km")) {
      const pow = /^\s([23])(?![\p{L}\p{N}])/u.exec(text.slice(unit.end, unit.end + 3));
      if (pow) unit = { ...unit, end: unit.end + 2, power: pow[1] as "2" | "3" };
    }
  }
  const pctEnd = pct ? pct.index + pct[0].length : undefined;
  const withWhat = isMoney || pct !== null || unit !== undefined;
  // `tỷ lệ`, `triệu phú`, `Triệu Vy`: a bare multiplier is a number only with what it counts or a
  // qualifier (`hàng triệu người`, `nghìn tỷ`).
  if (r.bareMultiplier && !withWhat && !qual && !ctx.latent) return end;
  // `Honda Rebel 500`, `PECC 2`: a figure right after a capitalised word (not one that starts the
  // sentence), with nothing after it, is part of a name.
  if (!withWhat && !ctx.latent) {
    const ws = wordStart(text, r.start);
    const afterName =
      ws < skipBack(text, r.start) && /^\p{Lu}/u.test(text[ws] ?? "") && !isSentenceStart(text, ws);
    if (afterName) return end;
  }
  const supported = !lone || ctx.latent || withWhat || multiplied;
  if (supported && !(yearLike && !unit && !isMoney && !pct)) {
    out.numbers.push({
      ...mention(ctx, numberStart, pctEnd ?? numberEnd),
      rule: pct ? "percent" : spelled ? "number-words" : "number",
      kind: pct ? "percent" : "cardinal",
      value,
      ...(upper !== undefined ? { upper } : {}),
      written: writtenAs(text, numberStart, numberEnd, spelled),
      ...(qual ? { qualifier: qual.q } : {}),
    });
  }
  if (isMoney) return Math.max(suffixEnd, moneyEnd);

  // Counts: a percentage (of a noun or of nothing said) or a number with its unit.
  const start = qual?.start ?? rangeOpen ?? numberStart;
  if (pct && pctEnd !== undefined) {
    // A percentage is a share of something counted (`100% chi bộ`, `30% hộ dân`). A unit of time
    // after it says when (`giảm 5,4% ngày thứ sáu`, `tăng 3% năm 2016`, `7% tháng trước`), a
    // measure never is what it is a share of, and no word that starts a date is a unit.
    const j = skipSpaces(text, pctEnd);
    const found = j > pctEnd && !ctx.inDate(j) ? unitAt(text, lower, j) : undefined;
    const of = found?.kind === "count" ? found : undefined;
    const unitSpan = of ?? {
      start: pct.index + pct[0].length - (pct[0].trim() === "%" ? 1 : pct[0].trim().length),
      end: pctEnd,
    };
    out.counts.push({
      ...mention(ctx, start, of?.end ?? pctEnd),
      rule: of ? "percent-of" : "percent",
      kind: "percent",
      value,
      ...(upper !== undefined ? { upper } : {}),
      unit: of ? text.slice(of.start, of.end) : "%",
      unitPhrase: {
        ...mention(ctx, unitSpan.start, unitSpan.end),
        rule: of ? unitRule(of) : "percent-sign",
      },
      ...(qual ? { qualifier: qual.q } : {}),
    });
    return Math.max(end, of?.end ?? pctEnd);
  }
  if (unit && supported) {
    // `1 năm rưỡi`, `2 tiếng rưỡi`: and a half.
    let countEnd = unit.end;
    let countValue = value;
    const half = /^\s+rưỡi(?![\p{L}\p{M}\p{N}])/u.exec(text.slice(unit.end, unit.end + 12));
    if (half && upper === undefined && Number.isInteger(value)) {
      countValue = value + 0.5;
      countEnd = unit.end + half[0].length;
    }
    const unitText = unit.power
      ? `${text.slice(unit.start, unit.end - 2)}${unit.power}`
      : text.slice(unit.start, unit.end);
    out.counts.push({
      ...mention(ctx, start, countEnd),
      rule: `count-${unit.kind}`,
      kind: unit.kind,
      value: countValue,
      ...(upper !== undefined ? { upper } : {}),
      unit: unitText,
      unitPhrase: { ...mention(ctx, unit.start, unit.end), rule: unitRule(unit) },
      ...(qual ? { qualifier: qual.q } : {}),
    });
    return Math.max(end, countEnd);
  }
  return end;
}

/** Normalised-text ranges of the dates, sorted: numbers inside them are parts of dates. */
function dateRanges(doc: Doc, dates: readonly DateEntity[]): { start: number; end: number }[] {
  return dates.map((d) => doc.map.spanToTarget(d.span)).sort((a, b) => a.start - b.start);
}

/**
 * Numbers, money and counts in a document (the pipeline stage). `dates` are the document's dates
 * (figures inside them are not numbers); when omitted they are found first.
 */
export function extractQuantitiesFromDoc(
  doc: Doc,
  dates?: readonly DateEntity[],
  options?: QuantityOptions,
): Quantities {
  checkQuantityOptions(options);
  const text = doc.text;
  const lower = lowerCase(text);
  const blocked = dateRanges(doc, dates ?? extractDatesFromDoc(doc));
  const inDate = (offset: number) => {
    let lo = 0;
    let hi = blocked.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = blocked[mid] as { start: number; end: number };
      if (offset < r.start) hi = mid - 1;
      else if (offset >= r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const ctx: Ctx = {
    doc,
    text,
    lower,
    latent: options?.latent === true,
    out: { numbers: [], money: [], counts: [] },
    inDate,
  };
  let b = 0;
  let consumed = 0;
  const gluedPrefixOk = (letters: string) => CURRENCY_BEFORE[letters] !== undefined;
  INDEX.scan(text, (start, kinds) => {
    if (start < consumed) return;
    while (b < blocked.length && (blocked[b]?.end ?? 0) <= start) b++;
    const blk = blocked[b];
    if (blk && blk.start <= start && start < blk.end) return;
    if (kinds.includes("ordinal")) {
      const o = ordinalAt(ctx, start);
      if (o && !(blk && blk.start < o.end)) {
        ctx.out.numbers.push({
          ...mention(ctx, start, o.end),
          rule: "ordinal",
          kind: "ordinal",
          value: o.value,
          written: /\d/.test(text.slice(start, o.end)) ? "figure" : "words",
        });
        consumed = o.end;
      }
      return;
    }
    const run = blockedRunEnd(text, start);
    if (run > start) {
      consumed = run; // a phone or plate number, skipped whole
      return;
    }
    const r = readNumberAt(text, lower, start, gluedPrefixOk);
    if (!r || r.start < consumed) return;
    if (blk && blk.start < r.end) return; // runs into a date
    consumed = handleNumber(ctx, r);
  });
  const bySpan = <T extends { span: Span; rule: string }>(a: T, c: T) =>
    a.span.start - c.span.start ||
    a.span.end - c.span.end ||
    (a.rule < c.rule ? -1 : a.rule > c.rule ? 1 : 0);
  return {
    numbers: withIds("number", ctx.out.numbers.sort(bySpan)),
    money: withIds("money", ctx.out.money.sort(bySpan)),
    counts: withIds("count", ctx.out.counts.sort(bySpan)),
  };
}

/** Throws a `BantinError` (`invalid-option`) unless the options are usable. */
function checkQuantityOptions(options: QuantityOptions | undefined): void {
  assertOptionsObject(options);
  assertBooleanOption("latent", options?.latent);
}

function docOf(input: string, options?: QuantityOptions & NormalizeOptions): Doc {
  assertInput(input);
  // Options are checked before any work: a bad one is a programming error, not text.
  checkQuantityOptions(options);
  return Doc.fromNormalized(normalize(input, options));
}

/**
 * Numbers, money and counts in a text, each with its span into `input`.
 *
 * @example
 * ```ts
 * extractQuantities("Hội nghị ghi nhận được 06 ý kiến phát biểu").counts[0];
 * // { text: "06 ý kiến phát biểu", value: 6, unit: "ý kiến phát biểu", kind: "count", ... }
 * ```
 */
export function extractQuantities(
  input: string,
  options?: QuantityOptions & NormalizeOptions,
): Quantities {
  return extractQuantitiesFromDoc(docOf(input, options), undefined, options);
}

/** Numbers, ordinals and percentages in a text (`1.234.567`, `hai mươi mốt`, `thứ nhất`, `100%`). */
export function extractNumbers(
  input: string,
  options?: QuantityOptions & NormalizeOptions,
): NumberEntity[] {
  return extractQuantities(input, options).numbers;
}

/** Amounts of money in a text (`5 tỷ đồng`, `10.000đ`, `100 USD`, `dưới bảy ngàn đồng`). */
export function extractMoney(
  input: string,
  options?: QuantityOptions & NormalizeOptions,
): MoneyEntity[] {
  return extractQuantities(input, options).money;
}

/** Numbers with what they count (`06 ý kiến phát biểu`, `hơn 200 đại biểu`, `khoảng 30%`). */
export function extractCounts(
  input: string,
  options?: QuantityOptions & NormalizeOptions,
): CountEntity[] {
  return extractQuantities(input, options).counts;
}
