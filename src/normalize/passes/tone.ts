import { type Pass, unchanged } from "../pass.js";
import { ruleId } from "../rules.js";
import { TextBuilder } from "../text-builder.js";
import {
  ID,
  LETTER,
  letterInfo,
  OTHER_LETTER,
  TABLE_SIZE,
  TONED_CONSONANT,
  VOWEL_COUNT,
} from "../vietnamese/alphabet.js";
import {
  canonicalShapes,
  Letters,
  placeTone,
  safePairs,
  shapeKey,
  splitSyllable,
} from "../vietnamese/syllable.js";

const SHAPES = {
  old: canonicalShapes("old"),
  new: canonicalShapes("new"),
  keep: canonicalShapes("keep"),
};
/** Vowel pairs always spelled with the mark where it is, per style (see `safePairs`). */
export const SAFE = {
  old: safePairs("old"),
  new: safePairs("new"),
  keep: safePairs("keep"),
};

/**
 * Tone-mark placement: every Vietnamese syllable gets its mark where the chosen style puts it
 * (`old`: hòa, thủy; `new`: hoà, thuỷ), and marks that are plainly misplaced are moved whatever the
 * style (baỏ to bảo, lựơng to lượng, nghịêm to nghiệm). Duplicated marks (dạị) and combining marks
 * left on a consonant after NFC (hoaǹ) are folded into the one mark of the syllable; a horn lost
 * before a final consonant is restored (đuợc to được), and `ngh` before a back vowel is spelled `ng`
 * (nghành to ngành).
 *
 * Speed: one scan over the text records each word's shape (vowel run, mark position, coda, qu/gi);
 * a word is parsed only when its shape is not one of the canonical shapes precomputed from the
 * syllable rules (see `canonicalShapes`), or it has two marks, a combining mark, a lost horn or `ngh`
 * before a back vowel. Words with letters outside the Vietnamese alphabet are left alone.
 */
export const tonePass: Pass = {
  name: "tone",
  enabled: () => true,
  run(text, options, hints) {
    const style = options.tone;
    const fixer = new Fixer(text, style);
    scanWords(text, SHAPES[style], SAFE[style], fixer, hints?.toneWords);
    return fixer.finish();
  },
};

// Base ids used in the hot loop, as plain numbers (see alphabet.ts).
const U = ID.u;
const O = ID.o;
const O_HORN = ID.ơ;
const U_HORN = ID.ư;
const I = ID.i;
const E = ID.e;
const E_HAT = ID.ê;
const Y = ID.y;

const COMBINING_INFO = 0xfffe;

/** Per code unit below TABLE_SIZE: 0 ignore, 1 toned vowel, 2 ơ/ư (horn check), 3 always examine. */
const QUICK = new Uint8Array(TABLE_SIZE);
/** Per code unit below TABLE_SIZE: vowel id 1..12, 15 for a combining mark, else 0. */
const VOWEL = new Uint8Array(TABLE_SIZE);
(function build() {
  for (let c = 0; c < TABLE_SIZE; c++) {
    const info = LETTER[c] as number;
    if (info === 0 || info === OTHER_LETTER) continue;
    if (info === COMBINING_INFO) {
      VOWEL[c] = 15;
      QUICK[c] = 3;
      continue;
    }
    if (info === TONED_CONSONANT) {
      QUICK[c] = 3;
      continue;
    }
    const id = info & 0x3f;
    if (id > VOWEL_COUNT) continue;
    VOWEL[c] = id;
    if (c < 0xc0) continue;
    if ((info & 0x1c0) !== 0) QUICK[c] = 1;
    else if (id === O_HORN || id === U_HORN) QUICK[c] = 2;
  }
})();

/**
 * Whether the word around `text[i]` (a code unit at or above 0xC0) must be examined. Only non-ASCII
 * letters can make a word need repair (a tone mark, a combining mark, a horn). A toned vowel is in
 * place, whatever the rest of the word, when its neighbours are consonants (các, tổ) or form vowel
 * pairs that are always spelled that way (người, hiện: see `safePairs`), unless qu/gi or gh/ngh come
 * before the vowels. Written for speed: it runs on every non-ASCII character of every text.
 */
export function needsExam(text: string, i: number, code: number, safe: Uint8Array): boolean {
  const q =
    code < TABLE_SIZE
      ? (QUICK[code] as number)
      : code >= 0x2000 && code < 0x2c00
        ? 0
        : slowQuick(code);
  if (q === 0) return false;
  if (q === 3) return true;
  const n = text.length;
  const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
  const after = i + 1 < n ? text.charCodeAt(i + 1) : 0x20;
  const id = VOWEL[code] as number;
  if ((id === O_HORN && (before | 0x20) === 0x75) || (id === U_HORN && (after | 0x20) === 0x6f))
    return true;
  if (q === 2) return false;
  const v0 = before < TABLE_SIZE ? (VOWEL[before] as number) : 0;
  const v1 = after < TABLE_SIZE ? (VOWEL[after] as number) : 0;
  if (v0 === 15 || v1 === 15) return true;
  if (v0 !== 0 && safe[(v0 * 16 + id) * 2 + 1] !== 1) return true;
  if (v1 !== 0 && safe[(id * 16 + v1) * 2] !== 1) return true;
  let start = i;
  if (v0 !== 0) {
    const b2 = i > 1 ? text.charCodeAt(i - 2) : 0x20;
    start = b2 < TABLE_SIZE && VOWEL[b2] !== 0 ? i - 2 : i - 1;
  }
  const onset = start > 0 ? text.charCodeAt(start - 1) | 0x20 : 0x20;
  if (onset === 0x71 || onset === 0x67) return true; // qu, gi
  return onset === 0x68 && start > 1 && (text.charCodeAt(start - 2) | 0x20) === 0x67; // gh, ngh
}

/** Code units above the table: letters that decompose to a consonant and a tone mark (rare). */
function slowQuick(code: number): number {
  return letterInfo(code) === TONED_CONSONANT ? 3 : 0;
}

/** The words to examine: from the positions found by `scanFlags`, or by a scan of its own. */
function scanWords(
  text: string,
  shapes: Uint8Array,
  safe: Uint8Array,
  fixer: Fixer,
  positions: readonly number[] | undefined,
): void {
  if (positions !== undefined) {
    let done = -1;
    for (const i of positions) if (i > done) done = examineWord(text, i, shapes, fixer);
    return;
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xc0 && needsExam(text, i, code, safe)) i = examineWord(text, i, shapes, fixer);
  }
}

/**
 * Computes the shape of the word around `at` and hands it to `fixer` if it is not canonical.
 * Returns the index of the word's last character.
 */
function examineWord(text: string, at: number, shapes: Uint8Array, fixer: Fixer): number {
  const table = LETTER;
  const n = text.length;
  let start = at;
  while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
  let end = at + 1;
  while (end < n && isWordUnit(text.charCodeAt(end))) end++;
  let odd = false; // needs parsing whatever its shape
  let run = 0; // vowel ids of the first vowel run, 4 bits each
  let runLen = 0;
  let runDone = false; // a consonant followed the run
  let marked = 0; // 1-based position of the mark in the run
  let marks = 0;
  let onset = ONSET_START;
  let prev = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const info = code < TABLE_SIZE ? (table[code] as number) : letterInfo(code);
    if (info >= TONED_CONSONANT) {
      if (info === OTHER_LETTER) return end - 1; // a foreign word: left alone
      odd = true; // a combining mark, or a tone typed on a consonant (ǹ)
      continue;
    }
    const id = info & 0x3f;
    if (id <= VOWEL_COUNT) {
      if (runDone || runLen === 3) odd = true;
      else {
        run |= id << (4 * runLen);
        runLen++;
        if ((info & 0x1c0) !== 0) {
          marks++;
          marked = runLen;
        }
        if ((prev === U && id === O_HORN) || (prev === U_HORN && id === O)) odd = true;
      }
    } else if (runLen > 0) runDone = true;
    else onset = nextOnset(onset, id);
    prev = id;
  }
  const first = run & 0xf;
  const lead =
    runLen >= 2 && ((onset === ONSET_Q && first === U) || (onset === ONSET_G && first === I));
  if (
    odd ||
    marks > 1 ||
    (onset === ONSET_GH && first !== E && first !== E_HAT && first !== I && first !== Y) ||
    shapes[shapeKey(run, marked, runDone, lead)] !== 1
  ) {
    fixer.fix(start, end);
  }
  return end - 1;
}

/** Letters of the alphabet, other letters and combining marks: what a word is made of. */
function isWordUnit(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return letterInfo(code) !== 0;
}

/** Parses the words the scan hands over and records the repairs. */
class Fixer {
  private readonly letters = new Letters();
  private builder: TextBuilder | null = null;

  constructor(
    private readonly text: string,
    private readonly style: "old" | "new" | "keep",
  ) {}

  fix(start: number, end: number): void {
    const { text, letters, style } = this;
    if (!letters.read(text, start, end)) return;
    const placed = placeTone(letters, style);
    if (placed === null || placed.text === text.slice(start, end)) return;
    this.builder ??= new TextBuilder(text);
    const rule = placed.spelling ? "ngh-spelling" : ruleOf(letters, placed.horn, style);
    // Only the letters that differ: `hoà` to `hòa` replaces `oà`, so that the change and the
    // alignment say which letters moved.
    const out = placed.text;
    let a = 0;
    while (a < out.length && start + a < end && out.charCodeAt(a) === text.charCodeAt(start + a))
      a++;
    let b = 0;
    while (
      b < out.length - a &&
      end - b > start + a &&
      out.charCodeAt(out.length - 1 - b) === text.charCodeAt(end - 1 - b)
    )
      b++;
    this.builder.replace(start + a, end - b, out.slice(a, out.length - b), ruleId(rule));
  }

  finish() {
    return this.builder === null ? unchanged(this.text) : this.builder.finish();
  }
}

/** Onset states: the letters before the first vowel, as far as the pass needs to know them. */
const ONSET_START = 7;
const ONSET_Q = 1;
const ONSET_G = 2;
const ONSET_GH = 3; // gh or ngh
const ONSET_N = 5;
const ONSET_NG = 6;

function nextOnset(state: number, id: number): number {
  if (state === ONSET_START)
    return id === ID.q ? ONSET_Q : id === ID.g ? ONSET_G : id === ID.n ? ONSET_N : 0;
  if (state === ONSET_G && id === ID.h) return ONSET_GH;
  if (state === ONSET_N && id === ID.g) return ONSET_NG;
  if (state === ONSET_NG && id === ID.h) return ONSET_GH;
  return 0;
}

/** Names the repair: the most specific reason first. */
function ruleOf(letters: Letters, horn: boolean, style: string): string {
  if (horn) return "uo-horn";
  if (letters.floating > 0) return "tone-combining-mark";
  if (letters.marks > 1) return "tone-duplicate-mark";
  const parts = splitSyllable(letters.baseString());
  if (
    parts !== null &&
    parts.coda === "" &&
    (parts.nucleus === "oa" || parts.nucleus === "oe" || parts.nucleus === "uy")
  ) {
    const at = firstMarked(letters);
    if (at === parts.nucleusStart || at === parts.nucleusStart + 1) return `tone-style-${style}`;
  }
  return "tone-misplaced";
}

function firstMarked(letters: Letters): number {
  for (let i = 0; i < letters.n; i++) if (letters.tones[i] !== 0) return i;
  return -1;
}
