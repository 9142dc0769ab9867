/**
 * One scan over the text that tells which passes have any work to do, so that clean text (the common
 * case: NFC, no legacy encoding, tidy spaces) costs a single pass over its characters.
 *
 * The loop does one table lookup per character and branches only on the few characters that need a
 * closer look (VIQR marks, `dd`, toned vowels, VNI/CP1258 mark bytes); everything else is a bitwise
 * OR. Sequences of plain spaces are left to the regex engine.
 */
import { CLASS } from "./char-class.js";
import { BASE, MARK, UNICODE_PAIRS } from "./legacy/triggers.js";
import { needsExam } from "./passes/tone.js";
import {
  COMBINING,
  ID,
  LETTER,
  OTHER_LETTER,
  TABLE_SIZE,
  TONED_CONSONANT,
  VOWEL_COUNT,
} from "./vietnamese/alphabet.js";

/** Two spaces in a row, or a space before a line break or at the end. */
export const S_SPACE_SEQ = 1 << 16;
/** A VIQR mark inside a word, `dd` opening a word, or a VNI/CP1258 base + mark pair. */
export const S_LEGACY_SEQ = 1 << 17;
/** `Ã` followed by a space: a UTF-8 `à` whose NBSP became a space. */
export const S_MOJIBAKE_SEQ = 1 << 18;

/** CLASS bits of ASCII characters the loop looks at more closely. */
const A_VIQR = 1 << 8; // ^ ( + ` ' ? ~ .
const A_D = 1 << 9; // d D
const B_SPACE = 10; // bit index: U+0020
const B_NEWLINE = 11; // bit index: LF
const B_A_TILDE = 12; // bit index: Ã

/**
 * Vowel classes for the rolling window that finds tone-pass candidates without branching on every
 * letter: 1 plain vowel, 2 toned vowel, 3 ă â ê ô ơ ư, 4 combining mark or toned consonant, 5 g,
 * 6 h, 0 anything else. Three characters of 3 bits each index {@link INTEREST}.
 */
const KIND = new Uint8Array(TABLE_SIZE);
/** 1 for windows worth a closer look: a toned vowel next to a vowel, a combining mark, gh + mark. */
const INTEREST = new Uint8Array(512);

const VOWEL = new Uint8Array(0x100);
const ASCII_LETTER = new Uint8Array(0x100);
(function build() {
  for (const c of "^(+`'?~.") CLASS[c.charCodeAt(0)] = (CLASS[c.charCodeAt(0)] as number) | A_VIQR;
  for (const c of "dD") CLASS[c.charCodeAt(0)] = (CLASS[c.charCodeAt(0)] as number) | A_D;
  CLASS[0x20] = (CLASS[0x20] as number) | (1 << B_SPACE);
  CLASS[0x0a] = (CLASS[0x0a] as number) | (1 << B_NEWLINE);
  CLASS[0xc3] = (CLASS[0xc3] as number) | (1 << B_A_TILDE);
  for (const c of "aeiouyAEIOUY") VOWEL[c.charCodeAt(0)] = 1;
  for (let c = 0x41; c <= 0x5a; c++) ASCII_LETTER[c] = ASCII_LETTER[c + 0x20] = 1;
  for (let c = 0; c < TABLE_SIZE; c++) {
    const info = LETTER[c] as number;
    if (info === 0 || info === OTHER_LETTER) continue;
    if (info === COMBINING || info === TONED_CONSONANT) {
      KIND[c] = 4;
      continue;
    }
    const id = info & 0x3f;
    if (id > VOWEL_COUNT) {
      if (id === ID.g) KIND[c] = 5;
      else if (id === ID.h) KIND[c] = 6;
      continue;
    }
    if ((info & 0x1c0) !== 0) KIND[c] = 2;
    else if (id === ID.ă || id === ID.â || id === ID.ê || id === ID.ô || id === ID.ơ || id === ID.ư)
      KIND[c] = 3;
    else KIND[c] = 1;
  }
  for (let w = 0; w < 512; w++) {
    const a = (w >> 6) & 7;
    const b = (w >> 3) & 7;
    const c = w & 7;
    const vowel = (k: number) => k >= 1 && k <= 3;
    INTEREST[w] =
      c === 4 ||
      (c === 2 && vowel(b)) ||
      (b === 2 && vowel(c)) ||
      (b === 1 && c === 3) ||
      (b === 3 && c === 1) ||
      (a === 5 && b === 6 && c === 2)
        ? 1
        : 0;
  }
})();

/**
 * The union of the character classes in `text` (bits 0..7, see char-class.ts), plus the sequence
 * flags above. With `safe` (the tone pass's vowel-pair table for the chosen style), also collects in
 * `toneWords` the positions of the words the tone pass must examine, so that it need not scan the
 * text again.
 */
export function scanFlags(text: string, safe?: Uint8Array, toneWords?: number[]): number {
  const cls = CLASS;
  const kind = KIND;
  const interest = INTEREST;
  const vowel = VOWEL;
  const letter = ASCII_LETTER;
  const n = text.length;
  let flags = 0;
  let window = 0;
  let prevK = 0;
  let examined = -1; // last position handed to the tone pass
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = cls[c] as number;
    flags |= k;
    // Without branching: a space after a space or before LF; a space after Ã.
    const space = (k >> B_SPACE) & 1;
    flags |=
      (((prevK >> B_SPACE) & (space | (k >> B_NEWLINE)) & 1) << 16) |
      (((prevK >> B_A_TILDE) & space & 1) << 18);
    prevK = k;
    window = ((window << 3) | (c < TABLE_SIZE ? (kind[c] as number) : 0)) & 0x1ff;
    if (interest[window] === 1) {
      flags |= vniPair(text, i);
      if (safe !== undefined && toneWords !== undefined) {
        // The toned vowel is here or just before.
        for (let j = i > 0 ? i - 1 : i; j <= i; j++) {
          const cj = text.charCodeAt(j);
          if (j > examined && cj >= 0xc0 && needsExam(text, j, cj, safe)) {
            toneWords.push(j);
            examined = j;
          }
        }
      }
    }
    if ((k & (A_VIQR | A_D)) === 0) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0x0a;
    if (k & A_VIQR) {
      if (prev < 0x80 && vowel[prev] === 1) {
        if (c === 0x5e || c === 0x28 || c === 0x2b) flags |= S_LEGACY_SEQ;
        else if (i + 1 < n) {
          const next = text.charCodeAt(i + 1);
          if (next < 0x80 && letter[next] === 1) flags |= S_LEGACY_SEQ;
        }
      }
    } else if ((prev === 0x64 || prev === 0x44) && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      const before = i >= 2 ? text.charCodeAt(i - 2) : 0x20;
      if (next < 0x80 && vowel[next] === 1 && (before >= 0x80 || letter[before] !== 1))
        flags |= S_LEGACY_SEQ;
    }
  }
  if (n > 0 && text.charCodeAt(n - 1) === 0x20) flags |= S_SPACE_SEQ;
  return flags & (0xff | S_SPACE_SEQ | S_LEGACY_SEQ | S_MOJIBAKE_SEQ);
}

/** S_LEGACY_SEQ if `text[i - 1]` + `text[i]` is a VNI/CP1258 base + mark pair Unicode never writes. */
function vniPair(text: string, i: number): number {
  if (i === 0) return 0;
  const c = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  if (c >= 0x100 || prev >= 0x100 || MARK[c] !== 1 || BASE[prev] !== 1) return 0;
  return UNICODE_PAIRS[(prev << 8) | c] === 1 ? 0 : S_LEGACY_SEQ;
}
