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
import { needsExam, SAFE } from "./passes/tone.js";
import {
  BASE_ID,
  COMBINING,
  ID,
  LETTER,
  OTHER_LETTER,
  TABLE_SIZE,
  TONED_CONSONANT,
  VOWEL_COUNT,
} from "./vietnamese/alphabet.js";
import { vowelClusters } from "./vietnamese/syllable.js";

/** Two spaces in a row, or a space before a line break or at the end. */
export const S_SPACE_SEQ = 1 << 16;
/** A VIQR mark inside a word, `dd` opening a word, or a VNI/CP1258 base + mark pair. */
export const S_LEGACY_SEQ = 1 << 17;
/** `Ã` followed by a space: a UTF-8 `à` whose NBSP became a space. */
export const S_MOJIBAKE_SEQ = 1 << 18;

/** CLASS bits (above the pass flags) that the loop combines without branching. */
const B_SPACE = 10; // bit index: U+0020
const B_NEWLINE = 11; // bit index: LF
const B_A_TILDE = 12; // bit index: Ã

/**
 * Letter kinds for the rolling window that finds tone-pass candidates without branching on every
 * letter (5 bits): a vowel's id (1..12), plus 16 if it carries a tone mark; 13 q, 14 g, 15 h;
 * 30 a combining mark or a tone typed on a consonant; 0 anything else. Three characters index the
 * per-style {@link interestTable}.
 */
const KIND = new Uint8Array(TABLE_SIZE);
const K_Q = 13;
const K_G = 14;
const K_H = 15;
const K_D = 29;
const K_ODD = 30;
const K_MARK = 31; // a VIQR mark: ^ ( + ` ' ? ~ .
const TONED = 16;

/**
 * 1 for windows of three letter kinds worth a closer look: a combining mark; a toned vowel next to
 * a vowel in a pair that is not always spelled that way in `style` (see `safePairs`), or after qu,
 * gi, gh; two toned vowels side by side; a lost horn (uơ, ưo); two vowels that never meet in a
 * Vietnamese syllable (VNI `oâ`, junk). Everything else (người, hiện, các: most of a text) goes by
 * with one table lookup.
 */
function interestTable(safe: Uint8Array): Uint8Array {
  const adjacent = new Set<number>();
  for (const [cluster] of vowelClusters()) {
    for (const lead of ["", "u", "i"]) {
      const run = lead + cluster;
      for (let j = 0; j + 1 < run.length; j++) {
        adjacent.add(
          ((BASE_ID.get(run[j] as string) as number) << 4) |
            (BASE_ID.get(run[j + 1] as string) as number),
        );
      }
    }
  }
  const table = new Uint8Array(1 << 15);
  for (let w = 0; w < 1 << 15; w++) {
    const a = (w >> 10) & 31;
    const b = (w >> 5) & 31;
    const c = w & 31;
    if (c === K_ODD) {
      table[w] = 1;
      continue;
    }
    const vb = b & 15;
    const vc = c & 15;
    const bVowel = b !== 0 && vb >= 1 && vb <= 12 && b !== K_ODD;
    const cVowel = c !== 0 && vc >= 1 && vc <= 12;
    if (!bVowel || !cVowel) continue;
    const bToned = b >= TONED;
    const cToned = c >= TONED;
    let hit = false;
    if (!adjacent.has((vb << 4) | vc)) hit = true;
    else if (bToned && cToned) hit = true;
    else if (cToned && safe[(vb * 16 + vc) * 2 + 1] !== 1) hit = true;
    else if (bToned && safe[(vb * 16 + vc) * 2] !== 1) hit = true;
    else if ((vb === ID.u && vc === ID.ơ) || (vb === ID.ư && vc === ID.o)) hit = true;
    else if ((bToned || cToned) && (a === K_Q || a === K_G || a === K_H)) hit = true;
    table[w] = hit ? 1 : 0;
  }
  // A toned vowel right after gh/ngh (nghành is ngành).
  for (let c = TONED + 1; c <= TONED + 12; c++) table[(K_G << 10) | (K_H << 5) | c] = 1;
  for (let a = 0; a < 32; a++) {
    for (let v = 1; v <= 12; v++) {
      // A VIQR mark after a vowel (To^i, ho.c); `dd` before a vowel (ddi).
      table[(a << 10) | (v << 5) | K_MARK] = 1;
      table[(a << 10) | ((v + TONED) << 5) | K_MARK] = 1;
      table[(K_D << 10) | (K_D << 5) | v] = 1;
    }
  }
  return table;
}

/** The interest tables, one per tone style. */
const INTEREST = {
  old: interestTable(SAFE.old),
  new: interestTable(SAFE.new),
  keep: interestTable(SAFE.keep),
};

const VOWEL = new Uint8Array(0x100);
const ASCII_LETTER = new Uint8Array(0x100);
(function build() {
  for (const c of "^(+`'?~.") KIND[c.charCodeAt(0)] = K_MARK;
  CLASS[0x20] = (CLASS[0x20] as number) | (1 << B_SPACE);
  CLASS[0x0a] = (CLASS[0x0a] as number) | (1 << B_NEWLINE);
  CLASS[0xc3] = (CLASS[0xc3] as number) | (1 << B_A_TILDE);
  for (const c of "aeiouyAEIOUY") VOWEL[c.charCodeAt(0)] = 1;
  for (let c = 0x41; c <= 0x5a; c++) ASCII_LETTER[c] = ASCII_LETTER[c + 0x20] = 1;
  for (let c = 0; c < TABLE_SIZE; c++) {
    const info = LETTER[c] as number;
    if (info === 0 || info === OTHER_LETTER) continue;
    if (info === COMBINING || info === TONED_CONSONANT) {
      KIND[c] = K_ODD;
      continue;
    }
    const id = info & 0x3f;
    if (id > VOWEL_COUNT) {
      if (id === ID.d) KIND[c] = K_D;
      else if (id === ID.q) KIND[c] = K_Q;
      else if (id === ID.g) KIND[c] = K_G;
      else if (id === ID.h) KIND[c] = K_H;
      continue;
    }
    KIND[c] = (info & 0x1c0) !== 0 ? id + TONED : id;
  }
})();

/**
 * The union of the character classes in `text` (bits 0..7, see char-class.ts), plus the sequence
 * flags above. With `safe` (the tone pass's vowel-pair table for the chosen style), also collects in
 * `toneWords` the positions of the words the tone pass must examine, so that it need not scan the
 * text again.
 */
export function scanFlags(
  text: string,
  style?: "old" | "new" | "keep",
  toneWords?: number[],
  spaceSpots?: number[],
): number {
  const cls = CLASS;
  const kind = KIND;
  const interest = INTEREST[style ?? "old"];
  const safe = style === undefined ? undefined : SAFE[style];
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
    const spaceIssue = (prevK >> B_SPACE) & (space | (k >> B_NEWLINE)) & 1;
    flags |= (spaceIssue << 16) | (((prevK >> B_A_TILDE) & space & 1) << 18);
    // (Rare: the whitespace pass is given these spots instead of searching.)
    if (spaceIssue === 1 && spaceSpots !== undefined) spaceSpots.push(i - 1);
    prevK = k;
    window = ((window << 5) | (c < TABLE_SIZE ? (kind[c] as number) : 0)) & 0x7fff;
    if (interest[window] === 1) {
      flags |= vniPair(text, i) | viqrMark(text, i, window);
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
  }
  if (n > 0 && text.charCodeAt(n - 1) === 0x20) {
    flags |= S_SPACE_SEQ;
    spaceSpots?.push(n - 1);
  }
  return flags & (0xff | S_SPACE_SEQ | S_LEGACY_SEQ | S_MOJIBAKE_SEQ);
}

/** S_LEGACY_SEQ for a VIQR mark inside a word after a vowel (`To^i`, `ho.c`), or `dd` opening a word. */
function viqrMark(text: string, i: number, window: number): number {
  const c = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  if ((window & 31) === K_MARK) {
    if (prev >= 0x80 || VOWEL[prev] !== 1) return 0;
    if (c === 0x5e || c === 0x28 || c === 0x2b) return S_LEGACY_SEQ;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
    return next < 0x80 && ASCII_LETTER[next] === 1 ? S_LEGACY_SEQ : 0;
  }
  if (((window >> 5) & 31) === K_D && ((window >> 10) & 31) === K_D && c < 0x80) {
    const before = i >= 3 ? text.charCodeAt(i - 3) : 0x20;
    return before >= 0x80 || ASCII_LETTER[before] !== 1 ? S_LEGACY_SEQ : 0;
  }
  return 0;
}

/** S_LEGACY_SEQ if `text[i - 1]` + `text[i]` is a VNI/CP1258 base + mark pair Unicode never writes. */
function vniPair(text: string, i: number): number {
  if (i === 0) return 0;
  const c = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  if (c >= 0x100 || prev >= 0x100 || MARK[c] !== 1 || BASE[prev] !== 1) return 0;
  return UNICODE_PAIRS[(prev << 8) | c] === 1 ? 0 : S_LEGACY_SEQ;
}
