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

function isWordy(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code >= 0x80;
}

function isMarkAt(text: string, j: number, end: number): boolean {
  const ch = text[j] as string;
  if (ch === "\\") return j + 1 < end && isMark(text[j + 1] as string);
  return isMark(ch);
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
    if (last && (ch === "." || ch === "?") && endsSentence(text, k + 1, limit)) break;
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
  if (word === null || !isValidSyllable(word)) {
    rejects.push({ start, end });
    return;
  }
  words.push({ start, end: k, text: word, strength: strong ? "strong" : "weak" });
}

/** Whether a `.` or `?` at `at` closes a sentence: end of line or text, or a capital follows. */
function endsSentence(text: string, at: number, limit: number): boolean {
  let k = at;
  if (k < limit && (text[k] === "." || text[k] === "?" || text[k] === "!")) {
    // `ba..` is bạ + a full stop, but `ba...` is an ellipsis.
    return text[k + 1] === "." || text[k + 1] === undefined || k + 1 >= limit;
  }
  while (k < limit && (text[k] === " " || text[k] === "\t")) k++;
  if (k >= limit || text[k] === "\n" || text[k] === "\r") return true;
  const c = text.charCodeAt(k);
  if (text[k] === '"' || text[k] === "'" || text[k] === ")") return true;
  return (c >= 0x41 && c <= 0x5a) || c === 0x110 || (c >= 0xc0 && c <= 0xdd);
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
