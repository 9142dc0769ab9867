/**
 * Comparison keys for names: two spellings of the same name get the same key.
 *
 * `nameKey` is exact up to case, Unicode form, tone-mark placement (`hoà`/`hòa`, `thuỷ`/`thủy`),
 * apostrophe and dash look-alikes and spacing; `foldKey` also drops the diacritics (`Nguyễn` and
 * `Nguyen` agree), for text typed without them.
 */

const TONE = "\u0300\u0301\u0303\u0309\u0323";
// An open syllable ending in oa/oe/uy with the tone on the second vowel (new style): move the tone
// to the first vowel (old style, the one the official lists and most newspapers use). `qu` is a
// consonant, so `quý` keeps its tone where it is.
/** Open syllables with the tone on the second vowel of oa/oe/uy (exported for its safety test). */
export const NEW_STYLE_TONE = new RegExp(
  `(^|[^qQ\\p{M}])([oOuU])([aAeEyY])([${TONE}])(?![\\p{L}\\p{M}])`,
  "gu",
);

/** Old-style tone placement on NFC text (`hoà` → `hòa`), everything else unchanged. */
export function oldToneStyle(text: string): string {
  if (!/[oOuU][\u00c0-\u1ef9]/u.test(text)) return text;
  return text.normalize("NFD").replace(NEW_STYLE_TONE, "$1$2$4$3").normalize("NFC");
}

// Characters that need more than lower-casing: marks (not NFC), apostrophe and dash look-alikes,
// whitespace, and vowels that may carry a new-style tone.
const NEEDS_WORK =
  /[\u0300-\u036f\u2019\u02bc\u2018`´\u2010-\u2015\u2212\s]|[oOuU][\u00c0-\u1ef9]/u;

/** The key of a name: lower case, NFC, old-style tones, one kind of apostrophe and dash, single spaces. */
export function nameKey(text: string): string {
  const lower = text.toLowerCase();
  // The common case (one NFC syllable, no look-alikes): lower case is the whole key.
  if (!NEEDS_WORK.test(lower)) return lower;
  return oldToneStyle(
    lower
      .normalize("NFC")
      .replace(/[\u2019\u02bc\u2018`´]/gu, "'")
      .replace(/[\u2010-\u2015\u2212]/gu, "-")
      .replace(/\s+/gu, " ")
      .trim(),
  );
}

/** {@link nameKey} without diacritics: `Nguyễn Văn Á` → `nguyen van a`. */
export function foldKey(text: string): string {
  return nameKey(text)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/gu, "d");
}
