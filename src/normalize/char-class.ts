/**
 * Character classes as one 64K lookup table of bit flags, so that a single scan over clean text can
 * tell which passes have any work to do (see `scan.ts`). Each pass owns one or more flags.
 */

/** Spaces other than U+0020 (NBSP, tab, en/em/thin spaces, ideographic space...). */
export const F_SPACE = 1;
/** Line breaks other than LF (CR, VT, FF, U+2028, U+2029). */
export const F_BREAK = 2;
/** Invisible or control characters (zero-width, soft hyphen, BOM, bidi marks, C0/C1 controls). */
export const F_INVISIBLE = 4;
/** Look-alike letters and full-width forms. */
export const F_LOOKALIKE = 8;
/** Dash and quote variants the `tidy` style replaces. */
export const F_PUNCT_TIDY = 16;
/** Dashes and quotes only the `ascii` style replaces. */
export const F_PUNCT_ASCII = 32;
/** Characters that do not occur in Unicode Vietnamese text but do in text of a legacy encoding. */
export const F_LEGACY = 64;
/** Surrogates and U+FFFD: reported as damage. */
export const F_DAMAGE = 128;

/** `CLASS[code]`: the flags of a UTF-16 code unit (bits 0..7; bits 8..10 are for `scan.ts`). */
export const CLASS = new Uint16Array(0x10000);

function set(flag: number, ...codes: (number | [number, number])[]): void {
  for (const c of codes) {
    if (typeof c === "number") CLASS[c] = (CLASS[c] as number) | flag;
    else for (let k = c[0]; k <= c[1]; k++) CLASS[k] = (CLASS[k] as number) | flag;
  }
}

/**
 * Cyrillic and Greek letters that look exactly like Latin ones, with their Latin twin. Only the
 * unmistakable ones: a reader cannot tell `сho` (Cyrillic с) from `cho`.
 */
export const CONFUSABLES: Readonly<Record<string, string>> = Object.freeze({
  // Cyrillic
  а: "a",
  в: "B",
  е: "e",
  к: "k",
  м: "M",
  н: "H",
  о: "o",
  р: "p",
  с: "c",
  т: "T",
  у: "y",
  х: "x",
  і: "i",
  ј: "j",
  ѕ: "s",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
  І: "I",
  Ј: "J",
  Ѕ: "S",
  // Greek capitals (lower-case Greek letters are distinct enough: α, β, ν, ο excepted)
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  ο: "o",
});

function CONFUSABLE_KEYS(): number[] {
  return Object.keys(CONFUSABLES).map((k) => k.charCodeAt(0));
}

/** Vietnamese letters that are in Latin-1: not evidence of a legacy encoding by themselves. */
const VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
/** Punctuation of ordinary Unicode text that legacy code pages also contain. */
const COMMON_PUNCT = "\u00a0“”‘’–—…•";

(function build() {
  set(F_SPACE, 0x09, 0xa0, 0x1680, [0x2000, 0x200a], 0x202f, 0x205f, 0x3000);
  set(F_BREAK, 0x0b, 0x0c, 0x0d, 0x2028, 0x2029);
  set(
    F_INVISIBLE,
    [0x00, 0x08],
    [0x0e, 0x1f],
    [0x7f, 0x9f],
    0xad,
    0x180e,
    [0x200b, 0x200f],
    [0x202a, 0x202e],
    [0x2060, 0x2064],
    [0x2066, 0x2069],
    0xfeff,
  );
  set(F_LOOKALIKE, 0xd0, 0xf0, [0xff01, 0xff5e]);
  for (const c of CONFUSABLE_KEYS()) set(F_LOOKALIKE, c);
  set(F_PUNCT_TIDY, 0x2010, 0x2011, 0x2012, 0x2015, 0x2212, 0xfe58, 0xfe63, 0x201b, 0x201f);
  set(F_PUNCT_TIDY, 0x301d, 0x301e, 0x301f);
  set(F_PUNCT_ASCII, 0x2013, 0x2014, 0x201c, 0x201d, 0x201e, 0x2018, 0x2019, 0x201a, 0xab, 0xbb);
  // Legacy evidence: Latin-1/cp1252 characters beyond the Vietnamese letters and common punctuation.
  const cp1252Extra = [
    0x20ac, 0x201a, 0x192, 0x201e, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x17d,
    0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x17e, 0x178,
  ];
  for (let c = 0xa1; c <= 0xff; c++) {
    const ch = String.fromCharCode(c);
    if (!VIETNAMESE_LATIN1.includes(ch) && !COMMON_PUNCT.includes(ch)) set(F_LEGACY, c);
  }
  for (const c of cp1252Extra) set(F_LEGACY, c);
  set(F_LEGACY, [0x80, 0x9f]);
  set(F_DAMAGE, [0xd800, 0xdfff], 0xfffd);
})();
