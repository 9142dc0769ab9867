import { type Pass, unchanged } from "../pass.js";
import { ruleId } from "../rules.js";
import { TextBuilder } from "../text-builder.js";

const NFC = ruleId("nfc");

/**
 * Whether NFC never joins this code unit with what precedes it, never reorders across it, and
 * leaves it as it is: a starter (canonical combining class 0) that is not the second part of any
 * composition and has no singleton decomposition. ASCII, Latin-1 and Latin Extended letters, the
 * Vietnamese letters, general punctuation (but U+2000/U+2001) and CJK ideographs are; combining
 * marks, Hangul jamo and Indic vowel signs are not, and others are simply not listed. A text can be
 * cut before such a character and normalised piece by piece.
 */
export function isStableStarter(code: number): boolean {
  return (
    code < 0x300 ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    // U+2000 and U+2001 are not: NFC maps them to U+2002 and U+2003.
    (code >= 0x2002 && code <= 0x206f) ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}

/** The combining marks Vietnamese is written with, and their canonical combining classes. */
const MARKS = [0x300, 0x301, 0x302, 0x303, 0x306, 0x309, 0x31b, 0x323];
const CCC: Readonly<Record<number, number>> = {
  768: 230,
  769: 230,
  770: 230,
  771: 230,
  774: 230,
  777: 230,
  795: 216,
  803: 220,
};
const markIndex = (code: number) => MARKS.indexOf(code) + 1;

/**
 * Decomposed Latin letters with one or two Vietnamese marks, keyed by base code unit and the marks
 * in canonical order (`(base << 8) | (first << 4) | second`), to their NFC form: the whole NFD
 * Vietnamese alphabet, composed by lookup instead of asking ICU letter by letter. Built from
 * `String.prototype.normalize` itself, so it agrees with it.
 */
const COMPOSED = new Map<number, number>();
(function build() {
  for (const [from, to] of [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let c = from; c <= to; c++) {
      const d = String.fromCharCode(c).normalize("NFD");
      if (d.length < 2 || d.length > 3 || d.charCodeAt(0) >= 0x80) continue;
      const m1 = markIndex(d.charCodeAt(1));
      const m2 = d.length === 3 ? markIndex(d.charCodeAt(2)) : 0;
      if (m1 === 0 || (d.length === 3 && m2 === 0)) continue;
      COMPOSED.set((d.charCodeAt(0) << 8) | (m1 << 4) | m2, c);
    }
  }
})();

/**
 * NFC of a piece that is an ASCII letter and one or two Vietnamese marks, by table; -1 if the piece
 * is anything else (then ICU does it).
 */
function composeVietnamese(text: string, start: number, end: number): number {
  const len = end - start;
  if (len < 2 || len > 3) return -1;
  const base = text.charCodeAt(start);
  if (base >= 0x80) return -1;
  let a = text.charCodeAt(start + 1);
  let b = len === 3 ? text.charCodeAt(start + 2) : 0;
  if (CCC[a] === undefined || (b !== 0 && CCC[b] === undefined)) return -1;
  // Canonical order: a lower combining class first (dot below before circumflex); equal classes
  // keep their order, and then the second one is blocked (é + ̂ stays é + ̂), which the table
  // (built from NFD forms, where that never occurs) does not contain either.
  if (b !== 0 && (CCC[a] as number) > (CCC[b] as number)) [a, b] = [b, a];
  return COMPOSED.get((base << 8) | (markIndex(a) << 4) | (b === 0 ? 0 : markIndex(b))) ?? -1;
}

/**
 * Unicode NFC, with each recomposed letter keeping its own alignment.
 *
 * The text is cut before every stable starter (see {@link isStableStarter}): NFC of a text is the
 * concatenation of NFC of such pieces (Unicode's "safe point" rule). A piece is a starter and the
 * marks after it, so a change covers one letter (`e` + two marks → `ệ`). A piece of one stable
 * starter is left as it is without asking; only longer pieces are normalised, and only those that
 * change are recorded.
 */
export const nfcPass: Pass = {
  name: "nfc",
  enabled: () => true,
  run(text) {
    // Native check first: clean NFC text (the common case) costs one scan in C++.
    if (text.normalize("NFC") === text) return unchanged(text);
    const builder = new TextBuilder(text);
    const n = text.length;
    let i = 0;
    while (i < n) {
      // Skip to the first code unit that is not a stable starter; its piece starts at the starter
      // before it (the letter it may compose with), or at itself when it opens the text.
      if (isStableStarter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i > 0 && isStableStarter(text.charCodeAt(i - 1)) ? i - 1 : i;
      let end = i + 1;
      while (end < n && !isStableStarter(text.charCodeAt(end))) end++;
      const composed = composeVietnamese(text, start, end);
      if (composed >= 0) {
        const after = String.fromCharCode(composed);
        builder.replace(start, end, after, NFC);
        i = end;
        continue;
      }
      const piece = text.slice(start, end);
      const normal = piece.normalize("NFC");
      if (normal !== piece) {
        builder.replace(start, end, normal, NFC);
      }
      i = end;
    }
    return builder.finish();
  },
};
