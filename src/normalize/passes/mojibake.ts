import { textByte } from "../../decode/charsets.js";
import type { EncodingName } from "../../schema/normalize.js";
import { OffsetMap } from "../offset-map.js";
import { type Pass, type PassDamage, unchanged } from "../pass.js";
import { RULE_NAME, ruleId } from "../rules.js";
import { TextBuilder } from "../text-builder.js";
import { hasVietnameseMark, LETTER, TABLE_SIZE } from "../vietnamese/alphabet.js";
import { isValidSyllable } from "../vietnamese/syllable.js";

/**
 * Bytes that CP1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D) and the soft hyphen (0xAD):
 * what is lost when UTF-8 goes through CP1252 and the result is cleaned up. A sequence missing one of
 * them can be rebuilt only when exactly one choice makes a Vietnamese word.
 */
const LOSABLE = [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xad] as const;

/** How many bytes a UTF-8 sequence starting with `lead` has (0 if `lead` cannot start one). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const isContinuation = (b: number) => b >= 0x80 && b <= 0xbf;

/** Decodes one UTF-8 sequence, or returns -1 if it is overlong, a surrogate or out of range. */
function decodeSequence(bytes: readonly number[]): number {
  const lead = bytes[0] as number;
  const n = bytes.length;
  let cp = n === 2 ? lead & 0x1f : n === 3 ? lead & 0x0f : lead & 0x07;
  for (let k = 1; k < n; k++) cp = (cp << 6) | ((bytes[k] as number) & 0x3f);
  if ((n === 3 && cp < 0x800) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff))) return -1;
  if (cp >= 0xd800 && cp <= 0xdfff) return -1;
  return cp;
}

/** Whether a repaired character is a Vietnamese letter (the evidence that the reading is right). */
function isVietnameseLetter(cp: number): boolean {
  if (cp >= TABLE_SIZE) return false;
  const info = LETTER[cp] as number;
  return hasVietnameseMark(info);
}

/**
 * Characters a repair may produce: C1 controls (the middle layer of text that went through CP1252
 * twice), Latin letters of every block, combining marks, Greek and Cyrillic, general punctuation,
 * currency and letter-like symbols. A sequence decoding to anything else (Arabic from `Ý”`, IPA from
 * `Ê…`) is ordinary text that happens to look like UTF-8.
 */
function isPlausible(cp: number): boolean {
  return (
    (cp >= 0x80 && cp <= 0x4ff) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x2000 && cp <= 0x2bff) ||
    (cp >= 0xff00 && cp <= 0xffef)
  );
}

/**
 * Sequences that count as evidence that a line is mojibake: Latin letters and the symbols of news
 * text. Greek and Cyrillic are repaired in a line shown to be mojibake, but do not show it: VISCII
 * text read as CP1252 spells `Ð¦` (Đẩ), which is also UTF-8 for a Cyrillic letter.
 */
function isEvidence(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp < 0x250) || (cp >= 0x1e00 && cp <= 0x1eff) || (cp >= 0x2000 && cp <= 0x2bff)
  );
}

/** A found sequence: `[start, end)` of the text stands for `cp`. */
interface Found {
  start: number;
  end: number;
  text: string;
  rule: string;
  vietnamese: boolean;
}

interface Lost {
  start: number;
  end: number;
  candidates: string[];
}

/**
 * One round of repair over a line: finds UTF-8 sequences written as CP1252/Latin-1 characters. A
 * space standing where a sequence needs 0xA0 (an NBSP that became a space) is read as 0xA0 when that
 * makes a Vietnamese word; a sequence missing a byte (see {@link LOSABLE}) is rebuilt when exactly
 * one choice makes a Vietnamese word, and reported otherwise.
 */
function scanLine(text: string, start: number, end: number): { found: Found[]; lost: Lost[] } {
  const found: Found[] = [];
  const lost: Lost[] = [];
  let i = start;
  while (i < end) {
    const lead = textByte(text.charCodeAt(i));
    const len = lead < 0 ? 0 : sequenceLength(lead);
    if (len === 0) {
      i++;
      continue;
    }
    const bytes = [lead];
    let j = i + 1;
    let nbsp = false;
    while (bytes.length < len && j < end) {
      const code = text.charCodeAt(j);
      let b = textByte(code);
      if (code === 0x20 && !nbsp) {
        b = 0xa0;
        nbsp = true;
      }
      if (b < 0 || !isContinuation(b)) break;
      bytes.push(b);
      j++;
    }
    if (bytes.length === len) {
      const cp = decodeSequence(bytes);
      if (cp >= 0 && isPlausible(cp)) {
        const ch = String.fromCodePoint(cp);
        if (!nbsp || fitsWord(text, start, end, i, j, ch)) {
          found.push({
            start: i,
            end: j,
            text: ch,
            rule: nbsp ? "utf8-as-cp1252-nbsp-lost" : "utf8-as-cp1252",
            vietnamese: isVietnameseLetter(cp),
          });
          i = j;
          continue;
        }
      }
    }
    // A byte missing: try every losable byte at every position after the lead.
    if (bytes.length === len - 1 && !nbsp) {
      const candidates = new Set<string>();
      for (let at = 1; at < len; at++) {
        for (const b of LOSABLE) {
          const trial = [...bytes.slice(0, at), b, ...bytes.slice(at)];
          if (!trial.slice(1).every(isContinuation)) continue;
          const cp = decodeSequence(trial);
          if (cp >= 0 && isVietnameseLetter(cp)) {
            const ch = String.fromCodePoint(cp);
            if (fitsWord(text, start, end, i, j, ch)) candidates.add(ch);
          }
        }
      }
      if (
        candidates.size > 0 &&
        (len === 3 || bytes.length > 1 || lead === 0xc3 || lead === 0xc4)
      ) {
        lost.push({ start: i, end: j, candidates: [...candidates].sort() });
        i = j;
        continue;
      }
    }
    i++;
  }
  return { found, lost };
}

/**
 * Whether `ch`, put in place of `text.slice(at, to)`, makes a Vietnamese syllable of the word around
 * it (the word's other characters read as they are, or as their own repairs).
 */
function fitsWord(
  text: string,
  lineStart: number,
  lineEnd: number,
  at: number,
  to: number,
  ch: string,
): boolean {
  // A syllable is at most a few letters of up to three bytes each: a longer "word" is not one, and
  // the bound keeps a line-long run of mojibake linear.
  let s = at;
  while (s > lineStart && isWordChar(text.charCodeAt(s - 1))) if (at - --s > 32) return false;
  let e = to;
  while (e < lineEnd && isWordChar(text.charCodeAt(e))) if (++e - to > 32) return false;
  const word = repairWord(text.slice(s, at)) + ch + repairWord(text.slice(to, e));
  return isValidSyllable(word);
}

function isAlnum(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return code !== 0xa0 && textByte(code) >= 0;
}

/** The plain repair of a short piece of a word (complete sequences only), for {@link fitsWord}. */
function repairWord(piece: string): string {
  let out = "";
  for (let k = 0; k < piece.length; ) {
    const b = textByte(piece.charCodeAt(k));
    if (b < 0) return piece;
    if (b < 0x80) {
      out += piece[k];
      k++;
      continue;
    }
    const len = sequenceLength(b);
    if (len === 0 || k + len > piece.length) return piece;
    const bytes = [b];
    for (let m = 1; m < len; m++) {
      const c = textByte(piece.charCodeAt(k + m));
      if (c < 0 || !isContinuation(c)) return piece;
      bytes.push(c);
    }
    const cp = decodeSequence(bytes);
    if (cp < 0) return piece;
    out += String.fromCodePoint(cp);
    k += len;
  }
  return out;
}

/**
 * Three-byte characters that Vietnamese text is made of: the Vietnamese letters with tone marks
 * (U+1EA0..), punctuation and symbols (– — “ ” … ₫ € ™ ≥ → ★ ①), full-width forms.
 */
function isLikelyThreeByte(cp: number): boolean {
  return (
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x2000 && cp <= 0x2bff) ||
    (cp >= 0xff00 && cp <= 0xffef)
  );
}

/**
 * Whether the sequences found in a line prove that it is mojibake. Ordinary text never spells three
 * characters like `á»™` or `â€œ` (a three-byte sequence is proof on its own), nor `Ä‘` next to
 * another such pair; a single two-byte sequence counts when it makes its word a Vietnamese
 * syllable. A lone `Â«` or `Ã©` in otherwise clean text is left alone.
 */
function isMojibakeLine(found: Found[], text: string, start: number, end: number): boolean {
  if (found.some((f) => f.end - f.start >= 3 && isLikelyThreeByte(f.text.codePointAt(0) as number)))
    return true;
  // Two sequences in one line: text does not spell `Ã†Â°` or `Ä‘Æ°` by chance.
  const evidence = found.filter((x) => isEvidence(x.text.codePointAt(0) as number));
  if (evidence.length >= 2) return true;
  // A C1 control inside a sequence: the text is broken already (Ä\x90 is Đ read as Latin-1).
  for (const x of found) {
    // (Not for Cyrillic and the like: VISCII capitals read through CP1252 are C1 controls too. A
    // C1 control decoded is the middle layer of text encoded twice, and counts.)
    const cp = x.text.codePointAt(0) as number;
    if (!isEvidence(cp) && !(cp >= 0x80 && cp <= 0x9f)) continue;
    for (let k = x.start; k < x.end; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80 && c <= 0x9f) return true;
    }
  }
  // One sequence alone: it must make its word Vietnamese, and not be a space read as 0xA0 (`CHỮ Ã Ở`
  // is a capital Ã and a space).
  const f = evidence[0];
  if (f === undefined || f.rule !== "utf8-as-cp1252") return false;
  if (f.vietnamese && fitsWord(text, start, end, f.start, f.end, f.text)) return true;
  // `TrÃ©zor`, `RodrÃ­guez`, `4Ã—2`: Â or Ã and a second character inside a word or number, where
  // text never has them.
  const lead = text.charCodeAt(f.start);
  return (
    (lead === 0xc2 || lead === 0xc3) &&
    f.start > start &&
    f.end < end &&
    isAlnum(text.charCodeAt(f.start - 1)) &&
    isAlnum(text.charCodeAt(f.end))
  );
}

/**
 * Mojibake: UTF-8 that was read as CP1252 or Latin-1 (`Quáº­n` for `Quận`), also twice over
 * (`QuÃ¡ÂºÂ­n`). Decided per line: a line is repaired only when its sequences decode to Vietnamese
 * letters. Bytes that CP1252 drops are rebuilt when only one choice makes a Vietnamese word; else the
 * sequence becomes U+FFFD and the damage is reported with the candidates.
 */
export const mojibakePass: Pass = {
  name: "mojibake",
  enabled: (o) => o.mojibake,
  run(text) {
    let current = text;
    let map = OffsetMap.identity(text.length);
    const marks: Mark[] = [];
    const damage: PassDamage[] = [];
    for (let round = 0; round < 3; round++) {
      const r = repairOnce(current, round);
      if (r === null) break;
      const reg = r.map.regions();
      for (let k = 0; k < reg.srcStarts.length; k++) {
        const span = map.spanToSource({
          start: reg.srcStarts[k] as number,
          end: reg.srcEnds[k] as number,
        });
        marks.push({ start: span.start, end: span.end, rule: r.rules[k] as number });
      }
      for (const d of r.damage) {
        const span = map.spanToSource({ start: d.start, end: d.end });
        damage.push({ ...d, start: span.start, end: span.end });
      }
      map = map.compose(r.map);
      current = r.text;
    }
    if (current === text) return unchanged(text);
    const repaired: EncodingName[] = ["mojibake"];
    // Changes from a later round overlap those of an earlier one: one rule per region of the
    // composed map.
    return { text: current, map, rules: collapse(marks, map), damage, repaired };
  },
};

/** A replacement of one round, in the coordinates of the pass's input. */
interface Mark {
  start: number;
  end: number;
  rule: number;
}

function repairOnce(text: string, round: number) {
  let builder: TextBuilder | null = null;
  const damage: PassDamage[] = [];
  const n = text.length;
  for (let s = 0; s <= n; ) {
    let e = text.indexOf("\n", s);
    if (e < 0) e = n;
    if (mayHaveMojibake(text, s, e)) {
      const { found, lost } = scanLine(text, s, e);
      if (found.length > 0 && isMojibakeLine(found, text, s, e)) {
        const all = [
          ...found.map((f) => ({
            start: f.start,
            end: f.end,
            text: f.text,
            rule: f.rule,
            lost: null as Lost | null,
          })),
          ...lost.map((l) => ({
            start: l.start,
            end: l.end,
            text: "",
            rule: "",
            lost: l as Lost | null,
          })),
        ].sort((a, b) => a.start - b.start);
        for (const f of all) {
          builder ??= new TextBuilder(text);
          if (f.lost === null) {
            builder.replace(f.start, f.end, f.text, ruleId(round > 0 ? `${f.rule}-again` : f.rule));
          } else if (f.lost.candidates.length === 1) {
            builder.replace(f.start, f.end, f.lost.candidates[0] as string, BYTE_LOST);
          } else {
            builder.replace(f.start, f.end, "\ufffd", BYTE_LOST);
            damage.push({
              kind: "lost-bytes",
              start: f.start,
              end: f.end,
              message: `a byte of this UTF-8 sequence was lost; it was one of ${f.lost.candidates.join(", ")}`,
            });
          }
        }
      }
    }
    s = e + 1;
  }
  if (builder === null) return null;
  return { ...(builder as TextBuilder).finish(), damage };
}

/** Cheap test: a UTF-8 lead byte written as a character, followed by a continuation byte. */
function mayHaveMojibake(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc2 || c > 0xf4) continue;
    const b = textByte(text.charCodeAt(i + 1));
    if (isContinuation(b) || (c === 0xc3 && text.charCodeAt(i + 1) === 0x20)) return true;
  }
  return false;
}

const BYTE_LOST = ruleId("utf8-as-cp1252-byte-lost");

/**
 * One rule per replaced region of the composed map: the rounds' replacements overlap (a second
 * round rewrites what the first produced), and the regions are disjoint, so the changes stay linear
 * in size whatever the input. Each region takes the rule of the first replacement of the first
 * round inside it, with `-again` when a later round changed it too.
 */
function collapse(marks: Mark[], map: OffsetMap): Uint16Array {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const reg = map.regions();
  const rules = new Uint16Array(reg.srcStarts.length);
  let k = 0;
  for (let e = 0; e < rules.length; e++) {
    const srcStart = reg.srcStarts[e] as number;
    const srcEnd = reg.srcEnds[e] as number;
    let rule = "utf8-as-cp1252";
    let again = false;
    while (
      k < sorted.length &&
      ((sorted[k] as Mark).start < srcEnd || (sorted[k] as Mark).start === srcStart)
    ) {
      const c = sorted[k] as Mark;
      const name = RULE_NAME[c.rule] as string;
      if (c.end >= srcStart) {
        if (rule === "utf8-as-cp1252" && !name.endsWith("-again")) rule = name;
        if (name.endsWith("-again")) again = true;
      }
      k++;
    }
    if (again && !rule.endsWith("-again")) rule = `${rule}-again`;
    rules[e] = ruleId(rule);
  }
  return rules;
}
