/**
 * VIQR (RFC 1456, "Vietnamese Quoted-Readable"): Vietnamese written in ASCII, each diacritic typed
 * after its vowel: `(` breve, `^` circumflex, `+` horn, then the tone `'` `` ` `` `?` `~` `.`; `dd`
 * for đ; a backslash makes the next mark literal.
 *
 * The marks are also ASCII punctuation, so a word is read as VIQR only if the reading is a valid
 * Vietnamese syllable, and a final `.` or `?` is a tone only when the sentence visibly goes on after
 * it (`du+. ve^`` → dự về; `ba. Ho^m` → ba. Hôm).
 */
import { BASE_ID, compose, ID } from "../vietnamese/alphabet.js";
import { isValidSyllable } from "../vietnamese/syllable.js";

const TONE_MARKS: Readonly<Record<string, number>> = { "`": 1, "'": 2, "?": 3, "~": 4, ".": 5 };
const MODIFIED: Readonly<Record<string, string>> = {
  "a^": "â",
  "e^": "ê",
  "o^": "ô",
  "a(": "ă",
  "o+": "ơ",
  "u+": "ư",
};

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isMark = (ch: string) => ch in TONE_MARKS || ch === "^" || ch === "(" || ch === "+";
const isVowel = (ch: string) => "aeiouyAEIOUY".includes(ch);

/** How a VIQR word was read. */
export interface ViqrWord {
  start: number;
  end: number;
  /** The Unicode reading. */
  text: string;
  /**
   * `strong`: a modifier, `dd`, or a tone mark inside a word after an initial consonant: hard to
   * produce by accident. `weak`: other valid readings (`a.m.` reads as `ạm.`).
   */
  strength: "strong" | "weak";
}

/** A word with marks whose reading is not Vietnamese (a URL, code, English). */
export interface ViqrReject {
  start: number;
  end: number;
}

interface Letter {
  ch: string; // base letter as typed (case kept), or đ/Đ
  mod: string; // "^", "(", "+" or ""
  tone: number;
}

/**
 * Reads every word of `text.slice(start, end)` that carries VIQR marks. Words without marks are not
 * returned (they read the same either way).
 */
export function readViqr(
  text: string,
  start: number,
  end: number,
): { words: ViqrWord[]; rejects: ViqrReject[] } {
  const words: ViqrWord[] = [];
  const rejects: ViqrReject[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // `\.`: a mark character meant as itself; the backslash goes.
    if (c === 0x5c && i + 1 < end && isMark(text[i + 1] as string)) {
      words.push({ start: i, end: i + 2, text: text[i + 1] as string, strength: "weak" });
      i += 2;
      continue;
    }
    // A word starts with a letter that does not continue a previous word (e.g. after a digit).
    if (!isAsciiLetter(c) || (i > start && isWordy(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && (isAsciiLetter(text.charCodeAt(j)) || isMarkAt(text, j, end))) j++;
    readWord(text, i, j, end, words, rejects);
    i = j;
  }
  return { words, rejects };
}

/** Letters and digits: a VIQR word does not start right after one (`x2a^`, `Việt`). */
function isWordy(code: number): boolean {
  if (code < 0x80) return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code));
}

/** A mark character continues a word; a backslash ends it (it escapes the mark after it). */
function isMarkAt(text: string, j: number, _end: number): boolean {
  return isMark(text[j] as string);
}

function readWord(
  text: string,
  start: number,
  runEnd: number,
  limit: number,
  words: ViqrWord[],
  rejects: ViqrReject[],
): void {
  const letters: Letter[] = [];
  let tone = 0;
  let marks = 0;
  let strong = false;
  let sawVowel = false;
  let onset = false;
  let k = start;
  let end = runEnd;
  for (; k < runEnd; k++) {
    const ch = text[k] as string;
    const code = ch.charCodeAt(0);
    if (isAsciiLetter(code)) {
      const next = text[k + 1];
      if ((ch === "d" || ch === "D") && letters.length === 0 && (next === "d" || next === "D")) {
        if (ch === "d" && next === "D") break;
        letters.push({ ch: ch === "D" ? "Đ" : "đ", mod: "", tone: 0 });
        marks++;
        strong = true;
        onset = true;
        k++;
        continue;
      }
      letters.push({ ch, mod: "", tone: 0 });
      if (isVowel(ch)) sawVowel = true;
      else if (!sawVowel) onset = true;
      continue;
    }
    if (ch === "\\") {
      end = k;
      break;
    }
    const prev = letters[letters.length - 1];
    if (prev === undefined) break;
    if (ch === "^" || ch === "(" || ch === "+") {
      const key = prev.ch.toLowerCase() + ch;
      if (prev.mod !== "" || prev.tone !== 0 || !(key in MODIFIED)) break;
      prev.mod = ch;
      marks++;
      strong = true;
      continue;
    }
    const t = TONE_MARKS[ch] as number;
    if (tone !== 0 || !isVowel(prev.ch)) break;
    const last = k + 1 >= runEnd || !isAsciiLetter(text.charCodeAt(k + 1));
    if (last && (ch === "." || ch === "?") && isPunctuation(ch, letters, text, k + 1, limit)) break;
    prev.tone = t;
    tone = t;
    marks++;
    if (!last && onset) strong = true;
  }
  if (k < runEnd && end === runEnd) end = k;
  if (marks === 0) return;
  // Marks that were not used (a second tone, a `.` ending a sentence) stay as punctuation after the
  // word; the word itself ends at the last character read.
  const word = spell(letters);
  if (word === null || !(isValidSyllable(word) || isLetterOrInitialism(word))) {
    rejects.push({ start, end });
    return;
  }
  const strength = strong && isValidSyllable(word) ? "strong" : "weak";
  words.push({ start, end: k, text: word, strength });
}

/**
 * Whether a `.` or `?` after the last vowel of a word (at `at - 1`) is punctuation rather than a
 * tone mark. Decided on what Vietnamese news text shows (counted on the 7,600 baomoi articles): a
 * word ending in a hook-tone vowel is 50 times as common as a question mark after a toneless vowel,
 * so `?` is a tone unless more punctuation follows; a dot-below vowel before a lower-case word is
 * 100 times as common as a full stop there, before a capital it is a tone after a capitalised word
 * (Thị Hạnh, Bộ Y tế) and a full stop after a lower-case one, and at the end of a line a full stop.
 */
function isPunctuation(
  mark: string,
  letters: Letter[],
  text: string,
  at: number,
  limit: number,
): boolean {
  const next = at < limit ? text[at] : undefined;
  if (mark === "?") return next === "?" || next === "!";
  // `ba..` is bạ and a full stop; `ba...` an ellipsis; `ba.?` is bạ and a question mark.
  if (next === ".") return text[at + 1] === ".";
  if (next === "?" || next === "!") return false;
  let k = at;
  while (k < limit && (text[k] === " " || text[k] === "\t")) k++;
  if (k >= limit || text[k] === "\n" || text[k] === "\r") return true;
  // Opening quotes and brackets before the next word do not tell: look past them.
  while (k < limit && "“\"'(‘[«".includes(text[k] as string)) k++;
  const c = text.charCodeAt(k);
  const capital = (c >= 0x41 && c <= 0x5a) || c === 0x110 || (c >= 0xc0 && c <= 0xdd);
  if (!capital) return false;
  const first = letters[0]?.ch ?? "";
  return first === first.toLowerCase();
}

/**
 * A letter named on its own (`chữ â`) or a Vietnamese initialism in capitals (`ĐH`, `TĐC`): not
 * syllables, but words VIQR text spells. Only weak evidence.
 */
function isLetterOrInitialism(word: string): boolean {
  if (word.length === 1) return true;
  return word === word.toUpperCase() && /^[A-ZĐ]+$/u.test(word) && word.includes("Đ");
}

function spell(letters: Letter[]): string | null {
  let out = "";
  for (const l of letters) {
    let base = l.ch;
    const upper = base !== base.toLowerCase();
    if (l.mod !== "") {
      const m = MODIFIED[base.toLowerCase() + l.mod];
      if (m === undefined) return null;
      base = upper ? m.toUpperCase() : m;
    }
    if (l.tone === 0) {
      out += base;
      continue;
    }
    const id = BASE_ID.get(base.toLowerCase());
    if (id === undefined || id > ID.y) return null;
    out += compose(id, l.tone, upper);
  }
  return out;
}

/**
 * Encodes Unicode text as VIQR, letter by letter (no escaping of literal punctuation, as most VIQR
 * text in the wild is written). Used by the evaluation and tests.
 */
export function encodeViqr(text: string, table: ReadonlyMap<string, string>): string {
  let out = "";
  for (const ch of text) out += table.get(ch) ?? ch;
  return out;
}
