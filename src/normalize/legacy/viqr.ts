/**
 * VIQR (RFC 1456, "Vietnamese Quoted-Readable"): Vietnamese written in ASCII, each diacritic typed
 * after its vowel: `(` breve, `^` circumflex, `+` horn, then the tone `'` `` ` `` `?` `~` `.`; `dd`
 * for đ; a backslash makes the next mark literal.
 *
 * The marks are also ASCII punctuation, so a word is read as VIQR only if the reading is a valid
 * Vietnamese syllable, and a final `.` or `?` is a tone only when the sentence visibly goes on after
 * it (`du+. ve^`` → dự về; `ba. Ho^m` → ba. Hôm).
 *
 * Conformant VIQR (`escaped`: the document escapes literal marks, `ho\.` for "ho.") needs no
 * guessing: every mark that can modify the letter before it does (`vu.` is vụ wherever it stands),
 * `dd` is đ inside a word too (`VDDQG` is VĐQG; a literal one is `d\d`), and a reading need not be
 * a Vietnamese syllable (`Jose'` is José).
 */
import { BASE_ID, compose, ID } from "../vietnamese/alphabet.js";
import { isValidSyllable } from "../vietnamese/syllable.js";
import { DOT_LIKELY, DOT_UNLIKELY, HOOK_LIKELY, HOOK_UNLIKELY } from "./viqr-odds.js";

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
  escaped = false,
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
    // `d\d`: in conformant VIQR, the second d does not join the first; the backslash goes and the
    // second d starts afresh (`Hid\den` is Hidden, `GD\DDT` is GDĐT).
    if (escaped && c === 0x5c && i > start && i + 1 < end && isD(text, i - 1) && isD(text, i + 1)) {
      words.push({ start: i, end: i + 1, text: "", strength: "weak" });
      i += 1;
      continue;
    }
    // A word starts with a letter that does not continue a previous word (e.g. after a digit).
    // (In conformant VIQR after a digit too: `330.000VNDD`.)
    if (!isAsciiLetter(c) || (i > start && isWordy(text.charCodeAt(i - 1), escaped))) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && (isAsciiLetter(text.charCodeAt(j)) || isMarkAt(text, j, end))) j++;
    const stop = readWord(text, i, j, end, words, rejects, escaped);
    // A word that stopped at a mark it could not take (a full stop after its tone, an apostrophe
    // after a consonant): what follows is another word (`ruo^.t.Kho^ng`, `T.U+`, `H'Mo^ng`).
    i = stop < j && isMark(text[stop] as string) ? stop : j;
  }
  return { words, rejects };
}

const isD = (text: string, i: number) => text[i] === "d" || text[i] === "D";

/**
 * Whether `text` is conformant VIQR: somewhere a backslash escapes a mark right after a letter it
 * could modify (`ho\.`, `No^.i\?`), or a d after a d (`d\d`). Text typed without escapes
 * never has this; the legacy pass then reads the whole document without guessing.
 */
export function hasViqrEscapes(text: string): boolean {
  for (let i = text.indexOf("\\"); i >= 0 && i + 1 < text.length; i = text.indexOf("\\", i + 1)) {
    if (i === 0) continue;
    const prev = text.charCodeAt(i - 1);
    const next = text[i + 1] as string;
    if (isD(text, i - 1) && isD(text, i + 1)) return true;
    if (!isMark(next)) continue;
    const before = text[i - 1] as string;
    if (next in TONE_MARKS ? isVowel(before) || "^(+".includes(before) : isAsciiLetter(prev))
      return true;
  }
  return false;
}

/** Letters and digits: a VIQR word does not start right after one (`x2a^`, `Việt`). */
function isWordy(code: number, escaped = false): boolean {
  if (code < 0x80) return isAsciiLetter(code) || (!escaped && code >= 0x30 && code <= 0x39);
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
  escaped: boolean,
): number {
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
      if (
        (ch === "d" || ch === "D") &&
        (letters.length === 0 || escaped) &&
        (next === "d" || next === "D")
      ) {
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
    if (
      !escaped &&
      last &&
      (ch === "." || ch === "?") &&
      isPunctuation(ch, letters, text, k + 1, limit)
    )
      break;
    prev.tone = t;
    tone = t;
    marks++;
    if (!last && onset) strong = true;
  }
  if (k < runEnd && end === runEnd) end = k;
  if (marks === 0) return k;
  // Marks that were not used (a second tone, a `.` ending a sentence) stay as punctuation after the
  // word; the word itself ends at the last character read.
  const word = spell(letters);
  if (word === null || !(escaped || isValidSyllable(word) || isLetterOrInitialism(word))) {
    rejects.push({ start, end });
    return k;
  }
  const strength = strong && isValidSyllable(word) ? "strong" : "weak";
  words.push({ start, end: k, text: word, strength });
  return k;
}

/**
 * Whether a `.` or `?` after the last vowel of a word (at `at - 1`) is punctuation rather than a
 * tone mark. Decided on what Vietnamese news text shows (counted on the 7,600 baomoi articles): a
 * word ending in a hook-tone vowel is 50 times as common as a question mark after a toneless vowel,
 * so `?` is a tone unless more punctuation follows; a dot-below vowel before a lower-case word is
 * 100 times as common as a full stop there, before a capital it is a tone after a capitalised word
 * (Thị Hạnh, Bộ Y tế) and a full stop after a lower-case one, and at the end of a line a full stop.
 * Where the word itself tells (viqr-odds.ts: `vu.` is far more often vụ than vu with a full stop,
 * `hay?` far more often a question than hảy), that wins over the line end, the capital and the
 * default for `?`.
 */
function isPunctuation(
  mark: string,
  letters: Letter[],
  text: string,
  at: number,
  limit: number,
): boolean {
  const next = at < limit ? text[at] : undefined;
  const key = spell(letters)?.toLowerCase() ?? "";
  if (mark === "?") {
    if (next === "?" || next === "!") return true;
    // At a line end, before a capital or a closing quote, the word decides (`hay?` a question).
    let j = at;
    while (j < limit && (text[j] === " " || text[j] === "\t")) j++;
    // (Not before a capital: `tác gia? Trương` is tác giả more often than a question.)
    const closes = j >= limit || '\n\r”’")]»'.includes(text[j] as string);
    const lowerWord = (letters[0]?.ch ?? "") === (letters[0]?.ch ?? "").toLowerCase();
    return closes && lowerWord && HOOK_UNLIKELY.has(key) && !HOOK_LIKELY.has(key);
  }
  // `ba..` is bạ and a full stop; `ba...` an ellipsis; `ba.?` is bạ and a question mark.
  if (next === ".") return text[at + 1] === ".";
  if (next === "?" || next === "!") return false;
  if (next === "/") return true; // `./.`, the end mark of a news article
  let k = at;
  while (k < limit && (text[k] === " " || text[k] === "\t")) k++;
  const lineEnd = k >= limit || text[k] === "\n" || text[k] === "\r";
  // (A word in capitals says nothing: `CHU+~ A. O+?` is CHỮ Ạ Ở.)
  const lower = (letters[0]?.ch ?? "") === (letters[0]?.ch ?? "").toLowerCase();
  if (lower && (lineEnd || isCapitalAt(text, k))) {
    if (DOT_LIKELY.has(key)) return false;
    if (DOT_UNLIKELY.has(key)) return true;
  }
  if (lineEnd) return true;
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

function isCapitalAt(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && "“\"'(‘[«".includes(text[k] as string)) k++;
  const c = text.charCodeAt(k);
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
