/**
 * Vietnamese number words, as data. The grammar that combines them is in `../numerals.ts`.
 *
 * Spelling variants seen in real text are listed on purpose: `bảy`/`bẩy`, `nghìn`/`ngàn`,
 * `tỷ`/`tỉ`, `linh`/`lẻ`, and the forms a digit takes after a tens word (`mốt`, `lăm`, `nhăm`, `tư`).
 */

/** Digits 0-9 as they stand alone or open a number. */
export const DIGIT_WORDS: Readonly<Record<string, number>> = Object.freeze({
  không: 0,
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
});

/** Forms a unit digit takes only after `mươi`/`mười` (`hai mươi mốt`, `mười lăm`, `ba mươi tư`). */
export const AFTER_TENS_WORDS: Readonly<Record<string, number>> = Object.freeze({
  mốt: 1,
  lăm: 5,
  nhăm: 5,
  tư: 4,
});

/** `mười` is ten on its own; `mươi` and `chục` multiply the digit before them by ten. */
export const TEN_WORD = "mười";
export const TENS_WORDS: ReadonlySet<string> = new Set(["mươi", "chục"]);
/** `trăm`: hundreds. */
export const HUNDRED_WORD = "trăm";
/** `linh`/`lẻ`: an empty tens place, as in `một trăm linh năm` (105). */
export const ZERO_TENS_WORDS: ReadonlySet<string> = new Set(["linh", "lẻ"]);
/** `rưỡi`: and a half (of the unit just named). */
export const HALF_WORD = "rưỡi";
/**
 * `nửa`: half of what follows. A number before a multiplier (`nửa tỷ đồng` is 500 million, `nửa
 * triệu người` half a million people) or a unit of time (`nửa tháng`, `nửa giờ`); anything else
 * after it is not counted (`nửa đêm` is midnight, `một nửa số hộ` a share).
 */
export const HALF_OF_WORD = "nửa";

/** Multipliers, largest last. `vạn` (10,000) is old-fashioned but still printed. */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  nghìn: 1e3,
  ngàn: 1e3,
  vạn: 1e4,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
});

/** Decimal point words: `hai phẩy năm` (2.5), `một chấm ba` (1.3). */
export const POINT_WORDS: ReadonlySet<string> = new Set(["phẩy", "chấm"]);

/** Word for negative numbers: `âm 5` (-5). */
export const MINUS_WORD = "âm";

/**
 * Number words that are, far more often than not, something else in running text: `không` (not),
 * `một` (a/an), `năm` (year), `ba` (father), `tư` (private), `bảy`... They count as numbers on their
 * own only in `latent` mode or when a counted noun or multiplier follows.
 */
export const AMBIGUOUS_ALONE: ReadonlySet<string> = new Set([
  "không",
  "một",
  "hai",
  "ba",
  "bốn",
  "năm",
  "sáu",
  "bảy",
  "bẩy",
  "tám",
  "chín",
  "mười",
  "trăm",
  "tư",
  "mốt",
  "lăm",
  "nhăm",
  "chục",
  "nghìn",
  "ngàn",
  "triệu",
  "tỷ",
  "tỉ",
  "vạn",
]);

/** Every syllable that can be part of a spelled-out number, for building the scanner. */
export const ALL_NUMBER_SYLLABLES: readonly string[] = Object.freeze([
  ...Object.keys(DIGIT_WORDS),
  ...Object.keys(AFTER_TENS_WORDS),
  TEN_WORD,
  ...TENS_WORDS,
  HUNDRED_WORD,
  ...ZERO_TENS_WORDS,
  HALF_WORD,
  HALF_OF_WORD,
  ...Object.keys(MULTIPLIER_WORDS),
]);
