/**
 * Comparison keys: two spellings of the same word get the same key.
 *
 * - {@link syllableKey}: one token. Lower case, NFC, the tone mark of an open `oa`/`oe`/`uy` on the
 *   first vowel (the old style that bantin's lexicons and the official lists are written in), so
 *   `Hoà`/`hòa`, `khoẻ`/`khỏe`, `Uỷ`/`ủy` agree; `’` read as `'`. Every lexicon of every stage is
 *   matched on these keys.
 * - {@link nameKey}: the same for any text (several syllables, spaces collapsed, dashes unified).
 * - {@link foldKey}: {@link nameKey} without any diacritics (`Nguyễn` and `Nguyen` agree), for text
 *   typed without them; fuzzy matching only.
 * - {@link punctKey}: look-alike punctuation as one mark (every dash `-`, every apostrophe `'`).
 */
/** Each lower-case a/e/y that carries nothing but a tone mark, with its tone (U+03xx). */
const TONED_OPEN_VOWEL: ReadonlyMap<number, number> = new Map(
  [..."àáảãạèéẻẽẹỳýỷỹỵ"].map((ch) => {
    const d = ch.normalize("NFD");
    return [ch.charCodeAt(0), d.charCodeAt(1)] as const;
  }),
);

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Whether a code unit is a letter or a combining mark, with a fast path for ASCII and Vietnamese. */
function isLetterish(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  return LETTER_OR_MARK.test(String.fromCharCode(c));
}

/**
 * Whether a code unit is a combining mark or a letter that decomposes into one (`ư`, `ô`, `é`; not
 * `đ`): after it, `o`/`u` is no glide of an open `oa`/`oe`/`uy`.
 */
function isMarkedLetter(c: number): boolean {
  if (c < 0xc0) return false;
  if (c >= 0x300 && c <= 0x36f) return true;
  return String.fromCharCode(c).normalize("NFD").length > 1;
}

/**
 * Moves new-style tone marks of open `oa`/`oe`/`uy` to the first vowel in lower-case NFC text:
 * `hoà` → `hòa`, `thuý` → `thúy`, `uỷ` → `ủy`; `quý` keeps its mark (`qu` is a consonant), as do
 * closed syllables (`hoàng`) and clusters with marks of their own (`thuế`, `ngoằ`).
 */
function oldToneStyle(lower: string): string {
  let out: string | undefined;
  for (let i = 1; i < lower.length; i++) {
    const tone = TONED_OPEN_VOWEL.get(lower.charCodeAt(i));
    if (tone === undefined) continue;
    const glide = lower.charCodeAt(i - 1);
    if (glide !== 0x6f && glide !== 0x75) continue; // o, u
    if (i + 1 < lower.length && isLetterish(lower.charCodeAt(i + 1))) continue; // not the end
    const before = i >= 2 ? lower.charCodeAt(i - 2) : -1;
    if (before === 0x71 || (before >= 0 && isMarkedLetter(before))) continue; // `qu`, `ươ`
    const vowel = lower.charAt(i).normalize("NFD").charAt(0);
    const moved = (String.fromCharCode(glide) + String.fromCharCode(tone)).normalize("NFC");
    out = (out ?? lower).slice(0, i - 1) + moved + vowel + (out ?? lower).slice(i + 1);
  }
  return out ?? lower;
}

/**
 * What makes a lower-case key need more than lower-casing: combining marks, look-alikes, whitespace
 * other than single spaces between words, or a toned a/e/y right after o/u (`hoà`, `thuỷ`: the only
 * spellings {@link oldToneStyle} changes). Most syllables have none of these, and lower-casing is
 * their whole key.
 */
const NEEDS_WORK =
  /[\u0300-\u036f\u2019\u02bc\u2018`´\u2010-\u2015\u2212\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^ | $| {2}|[ou][àáảãạèéẻẽẹỳýỷỹỵ]/u;

/** The key of one token (a syllable or word): lower case, NFC, old-style tone, `'` for `’`. */
export function syllableKey(word: string): string {
  const lower = word.toLowerCase();
  if (!NEEDS_WORK.test(lower)) return lower;
  return nameKey(lower);
}

/** The key of any text: {@link syllableKey} per syllable, one kind of dash, single spaces. */
export function nameKey(text: string): string {
  const lower = text.toLowerCase();
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

/** {@link nameKey} without diacritics: `Nguyễn Văn Á` → `nguyen van a`; `đ` → `d`. */
export function foldKey(text: string): string {
  return nameKey(text)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/gu, "d");
}

/** One key for look-alike punctuation: every dash is `-`, every apostrophe `'`, curly quotes `"`. */
export function punctKey(p: string): string {
  const c = p.charCodeAt(0);
  if (p.length !== 1 || c < 0x2010) return p === "\u02bc" ? "'" : p;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return "-";
  if (c === 0x2018 || c === 0x2019) return "'";
  if (c === 0x201c || c === 0x201d) return '"';
  return p;
}
