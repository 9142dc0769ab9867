import {
  type ByteCharset,
  type ByteCharsetName,
  CHARSETS,
  textByte,
  vniOtherCase,
} from "../../decode/charsets.js";
import type { EncodingName } from "../../schema/normalize.js";
import { CLASS, F_LEGACY } from "../char-class.js";
import { restoreCase } from "../legacy/case.js";
import { scoreText, scoreValue, type WordScore } from "../legacy/score.js";
import { vniSuspectPair } from "../legacy/triggers.js";
import { hasViqrEscapes, readViqr } from "../legacy/viqr.js";
import { type Pass, unchanged } from "../pass.js";
import { ruleId } from "../rules.js";
import { TextBuilder } from "../text-builder.js";
import { hasVietnameseMark, LETTER, TABLE_SIZE } from "../vietnamese/alphabet.js";

/** A reading of a region of text: one of the byte charsets seen through CP1252, or VIQR. */
type Reading = ByteCharsetName | "viqr";

const BYTE_READINGS: readonly ByteCharsetName[] = ["tcvn3", "vni", "viscii", "cp1258"];

/** One replacement inside a region. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A region read in a legacy encoding, with the edits that turn it into Unicode. */
interface Decision {
  reading: Reading;
  edits: Edit[];
  gain: number;
  strong: boolean;
  /** 1 when no other reading did as well; 1/k when k readings tied (short words often read in
   * several charsets): the weight of this region in choosing the document's encoding. */
  share?: number;
  /** A reading that improves one word only: applied if the document settles on its encoding. */
  weak?: boolean;
  /** The readings that did as well as this one (this one included). */
  tied?: Reading[];
}

/**
 * Legacy Vietnamese encodings pasted as text: TCVN3 (`T«i ®i häc`), VNI-Windows (`Toâi ñi hoïc`),
 * VISCII and CP1258 seen through the Windows code page, and VIQR (`To^i ddi ho.c`).
 *
 * Detection works per region: a line, cut at words that are certainly Unicode (letters no legacy
 * code page has, like ư, ạ, đ), so that a Unicode title above a TCVN3 body, or a TCVN3 quote inside a
 * Unicode line, each get their own reading. Each region is read in every encoding and scored with
 * `scoreText` (valid Vietnamese syllables with diacritics, minus words of junk); a reading replaces
 * the text only when it is clearly better (two words or more). Lines without any character or pattern
 * of a legacy encoding are not read at all, unless the document has shown one encoding already; then
 * they are read in that encoding with a lower bar.
 */
export const legacyPass: Pass = {
  name: "legacy",
  enabled: (o) => o.legacy !== false,
  run(text, options) {
    const n = text.length;
    if (typeof options.legacy === "string") return forced(text, options.legacy);
    const lines: [number, number][] = [];
    for (let s = 0; s <= n; ) {
      let e = text.indexOf("\n", s);
      if (e < 0) e = n;
      lines.push([s, e]);
      s = e + 1;
    }
    const decisions: (Decision | null)[][] = [];
    const tally = new Map<Reading, number>();
    const weakTally = new Map<Reading, number>();
    const triggered = lines.map(([s, e]) => hasTrigger(text, s, e) !== 0);
    if (!triggered.some(Boolean)) return unchanged(text);
    // Conformant VIQR (literal marks escaped) is read without guessing what a final `.` is.
    const escaped = hasViqrEscapes(text);
    // Phase 1: lines that show signs of a legacy encoding. Once one encoding clearly leads (a long
    // document in one encoding: the usual case), a line is tried in it first, and in the others only
    // if it does not read well in it: most of the work of reading every line four ways is saved.
    let confirmed: Reading | null = null;
    lines.forEach(([s, e], li) => {
      decisions[li] = [];
      if (!triggered[li]) return;
      let marked = -1;
      const lineMarked = () => {
        if (marked < 0) marked = unicodeWords(text, s, e);
        return marked;
      };
      const rs0 = regions(text, s, e);
      // A whole line of code-page characters in a document that is clearly in a byte charset: read
      // in it directly (scoring every line is what made legacy input slow). Lines with any letter
      // no code page has are scored as before.
      if (
        confirmed !== null &&
        confirmed !== "viqr" &&
        rs0.length === 1 &&
        rs0[0]?.[0] === s &&
        rs0[0]?.[1] === e
      ) {
        const full = decodeRegion(CHARSETS[confirmed], text, s, e, null, sentenceBefore(text, s));
        if (full !== null) {
          (decisions[li] as (Decision | null)[]).push({
            reading: confirmed,
            edits: editsOf(full, text),
            gain: 0,
            strong: true,
          });
          return;
        }
      }
      for (const [rs, re] of rs0) {
        const kinds = hasTrigger(text, rs, re);
        let d: Decision | null = null;
        if (kinds !== 0) {
          const readings: Reading[] = [
            ...(kinds & T_BYTES ? BYTE_READINGS : []),
            ...(kinds & T_VIQR ? (["viqr"] as const) : []),
          ];
          const opens = s === rs && sentenceBefore(text, s);
          if (confirmed !== null && readings.includes(confirmed)) {
            d = bestReading(text, rs, re, [confirmed], false, opens, lineMarked, escaped);
            if (d !== null && !d.strong) d = null;
          }
          d ??= bestReading(text, rs, re, readings, false, opens, lineMarked, escaped);
        }
        (decisions[li] as (Decision | null)[]).push(d);
        // Every reading that did as well shares the credit (a short word often reads in several).
        const credit = (t: Map<Reading, number>, dd: Decision) => {
          for (const r of dd.tied ?? [dd.reading]) t.set(r, (t.get(r) ?? 0) + (dd.share ?? 1));
        };
        if (d?.weak) credit(weakTally, d);
        if (d?.strong) {
          credit(tally, d);
          if (confirmed === null) confirmed = leader(tally);
        }
      }
    });
    // Phase 2: once the document has shown an encoding, read the other lines in it with a lower bar,
    // and prefer it wherever it does as well as the reading phase 1 chose (short words often read
    // validly in several charsets).
    let dominant: Reading | null = null;
    for (const [r, count] of tally)
      if (dominant === null || count > (tally.get(dominant) ?? 0)) dominant = r;
    // No region strong on its own: two or more regions that each read one word better in the same
    // encoding, and in no other, settle it (short texts).
    if (dominant === null) {
      const ranked = [...weakTally].sort((a, b) => b[1] - a[1]);
      const [first, second] = ranked;
      if (first !== undefined && first[1] >= 1.5 && (second === undefined || second[1] < first[1]))
        dominant = first[0];
    }
    if (dominant !== null) {
      const reading: Reading = dominant;
      lines.forEach(([s, e], li) => {
        if (!triggered[li] && !mayBeLegacy(text, s, e, reading)) return;
        decisions[li] ??= [];
        const ds = decisions[li] as (Decision | null)[];
        const rs = regions(text, s, e);
        // A line with no word that is certainly Unicode may be read in the document's encoding even
        // when that reading only ties with the text as it stands (Thý is CP1258 for Thư).
        const bar = rs.length === 1 && rs[0]?.[0] === s && rs[0]?.[1] === e ? "tie" : true;
        const lineMarked = () => (reading === "viqr" ? unicodeWords(text, s, e) : 0);
        rs.forEach(([a, b], k) => {
          const before = ds[k] ?? null;
          if (before !== null && before.reading === reading) return;
          const d = bestReading(
            text,
            a,
            b,
            [reading],
            bar,
            a === s && sentenceBefore(text, s),
            lineMarked,
            escaped,
          );
          if (d !== null && (before === null || d.gain >= before.gain)) ds[k] = d;
        });
      });
    }
    let builder: TextBuilder | null = null;
    const repaired = new Set<EncodingName>();
    for (const ds of decisions) {
      for (const d of ds ?? []) {
        if (d === null || (!d.strong && d.reading !== dominant)) continue;
        repaired.add(d.reading);
        const rule = ruleId(d.reading);
        for (const ed of d.edits) {
          builder ??= new TextBuilder(text);
          builder.replace(ed.start, ed.end, ed.text, rule);
        }
      }
    }
    if (builder === null) return unchanged(text);
    return { ...(builder as TextBuilder).finish(), repaired: [...repaired].sort() };
  },
};

/** Every line read in the encoding the caller named: no detection, no bar. */
function forced(text: string, reading: Reading) {
  let builder: TextBuilder | null = null;
  const rule = ruleId(reading);
  const escaped = reading === "viqr" && hasViqrEscapes(text);
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf("\n", s);
    if (e < 0) e = text.length;
    for (const [a, b] of regions(text, s, e)) {
      const d =
        reading === "viqr"
          ? readViqrRegion(text, a, b, () => 0, true, escaped, true)
          : readBytes(
              CHARSETS[reading],
              text,
              a,
              b,
              () => scoreText(text, a, b),
              true,
              a === s && sentenceBefore(text, s),
              true,
            );
      for (const ed of d?.edits ?? []) {
        builder ??= new TextBuilder(text);
        builder.replace(ed.start, ed.end, ed.text, rule);
      }
    }
    s = e + 1;
  }
  if (builder === null) return unchanged(text);
  return { ...(builder as TextBuilder).finish(), repaired: [reading as EncodingName] };
}

/** Words with a Vietnamese letter outside ASCII (ư, ạ, đ, ê...): Unicode Vietnamese in the line. */
function unicodeWords(text: string, start: number, end: number): number {
  let count = 0;
  let counted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) counted = false;
    else if (!counted && c >= 0xc0 && c < TABLE_SIZE && hasVietnameseMark(LETTER[c] as number)) {
      count++;
      counted = true;
    }
  }
  return count;
}

/** The reading that leads the tally clearly enough to be tried first: 6 regions, 3 times the next. */
function leader(tally: ReadonlyMap<Reading, number>): Reading | null {
  let best: Reading | null = null;
  let first = 0;
  let second = 0;
  for (const [r, v] of tally) {
    if (v > first) {
      second = first;
      first = v;
      best = r;
    } else if (v > second) second = v;
  }
  return first >= 6 && first >= 3 * second ? best : null;
}

/** Whether a line has anything a reading in `r` could change. */
function mayBeLegacy(text: string, start: number, end: number, r: Reading): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (
      r === "viqr"
        ? c === 0x5e ||
          c === 0x28 ||
          c === 0x2b ||
          c === 0x60 ||
          c === 0x27 ||
          c === 0x3f ||
          c === 0x7e ||
          c === 0x2e ||
          c === 0x64 ||
          c === 0x44
        : c >= 0x80
    )
      return true;
  }
  return false;
}

/** Trigger kinds: signs of a byte charset (a CP1252 character Unicode Vietnamese does not use, a
 * VNI/CP1258 base + mark pair), and signs of VIQR (a mark inside a word, `dd` opening a word). */
const T_BYTES = 1;
const T_VIQR = 2;

/** Which signs of a legacy encoding `text.slice(start, end)` shows (T_BYTES | T_VIQR), 0 if none. */
export function hasTrigger(text: string, start: number, end: number): number {
  let found = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (((CLASS[c] as number) & F_LEGACY) !== 0) found |= T_BYTES;
    else if (i > start && vniSuspectPair(text.charCodeAt(i - 1), c)) found |= T_BYTES;
    else if (c === 0x5e || c === 0x28 || c === 0x2b) {
      if (i > start && isAsciiVowel(text.charCodeAt(i - 1))) found |= T_VIQR;
    } else if (c === 0x60 || c === 0x27 || c === 0x3f || c === 0x7e || c === 0x2e) {
      if (
        i > start &&
        i + 1 < end &&
        isAsciiVowel(text.charCodeAt(i - 1)) &&
        isAsciiLetter(text.charCodeAt(i + 1))
      )
        found |= T_VIQR;
    } else if ((c === 0x64 || c === 0x44) && i + 2 < end) {
      const d = text.charCodeAt(i + 1);
      if (
        (d === 0x64 || d === 0x44) &&
        isAsciiVowel(text.charCodeAt(i + 2)) &&
        (i === start || !isAsciiLetter(text.charCodeAt(i - 1)))
      )
        found |= T_VIQR;
    }
    if (found === (T_BYTES | T_VIQR)) break;
  }
  return found;
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isAsciiVowel = (c: number) =>
  c === 0x61 ||
  c === 0x65 ||
  c === 0x69 ||
  c === 0x6f ||
  c === 0x75 ||
  c === 0x79 ||
  c === 0x41 ||
  c === 0x45 ||
  c === 0x49 ||
  c === 0x4f ||
  c === 0x55 ||
  c === 0x59;

/** Whether the line at `start` opens a sentence: first line, or the previous line ended one. */
function sentenceBefore(text: string, start: number): boolean {
  let k = start - 1;
  let breaks = 0;
  // Back over the blank lines before this one (a bounded look: a long run of them is a break).
  while (k >= 0 && /\s/u.test(text[k] as string)) {
    if (text[k] === "\n" && ++breaks >= 2) return true;
    if (start - k > 256) return true;
    k--;
  }
  if (k < 0) return true;
  return /[.!?…:"”»)]/u.test(text[k] as string);
}

/**
 * Cuts a line into regions between words that are certainly Unicode: words with a letter that no
 * legacy code page has (ư, ạ, đ...). Such words cannot be legacy text; the text around them can.
 */
function regions(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let regionStart = start;
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    let j = i;
    let unicode = false;
    while (j < end && !isSpace(text.charCodeAt(j))) {
      const c = text.charCodeAt(j);
      // A letter no code page has, or a combining mark (legacy text seen through CP1252 has none).
      if (c >= 0x100 && textByte(c) < 0 && (isLetterCode(c) || (c >= 0x300 && c <= 0x36f)))
        unicode = true;
      j++;
    }
    if (unicode) {
      if (i > regionStart) out.push([regionStart, i]);
      regionStart = j;
    }
    i = j;
  }
  if (end > regionStart) out.push([regionStart, end]);
  return out;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0;
function isLetterCode(c: number): boolean {
  if (c < TABLE_SIZE) return (LETTER[c] as number) !== 0 && (LETTER[c] as number) !== 0xfffe;
  return /\p{L}/u.test(String.fromCharCode(c));
}

/**
 * The best of `readings` for a region, or null when none beats the text as it is. `relaxed` is the
 * lower bar of phase 2 (the document has shown this encoding already).
 */
function bestReading(
  text: string,
  start: number,
  end: number,
  readings: readonly Reading[],
  relaxed: boolean | "tie",
  sentenceStart: boolean,
  lineMarked: () => number,
  escaped: boolean,
): Decision | null {
  let score: WordScore | null = null;
  const perWord: number[] = [];
  const asIs = () => (score ??= scoreText(text, start, end, perWord));
  const asIsWords = () => {
    asIs();
    return perWord;
  };
  let best: Decision | null = null;
  let tied: Reading[] = [];
  for (const r of readings) {
    const d =
      r === "viqr"
        ? readViqrRegion(text, start, end, lineMarked, relaxed !== false, escaped)
        : readBytes(CHARSETS[r], text, start, end, asIs, relaxed, sentenceStart, false, asIsWords);
    if (d === null) continue;
    if (best === null || d.gain > best.gain) {
      best = d;
      tied = [r];
    } else if (d.gain === best.gain) tied.push(r);
  }
  if (best !== null) {
    best.share = 1 / tied.length;
    best.tied = tied;
  }
  return best;
}

function readBytes(
  cs: ByteCharset,
  text: string,
  start: number,
  end: number,
  asIsScore: () => WordScore,
  relaxed: boolean | "tie",
  sentenceStart: boolean,
  always = false,
  asIsWords?: () => number[],
): Decision | null {
  // Scored without the words that have no letter as they stand (a lone `©` or `«`), which would
  // otherwise count as one-letter words; once the region is accepted they are read as well (`®·`
  // is TCVN3 for đã).
  const mask = symbolOnlyWords(text, start, end);
  const scored = decodeRegion(cs, text, start, end, mask, sentenceStart);
  if (scored === null) return null;
  const decodedWords: number[] = [];
  const score = scoreText(scored.text, 0, scored.text.length, decodedWords);
  const asIs = asIsScore();
  const gain = scoreValue(score) - scoreValue(asIs);
  const words = score.marked + score.plain + score.junk;
  // Strong evidence takes two words made Vietnamese (a lone `µm` is not TCVN3 `àm`, and `ü Tôi` is
  // not `Ỹ Tụi`), unless the text is that one short phrase.
  const wholeText = start === 0 && end === text.length && words <= 3;
  const improved = gain >= 2 && !wholeText ? countImproved(asIsWords?.() ?? [], decodedWords) : 2;
  const strong =
    gain >= 2 &&
    (improved >= 2 || wholeText) &&
    score.junk <= Math.max(1, words / 4) &&
    score.legacyChars <= asIs.legacyChars;
  // Phase 2 (`relaxed`): better than the text as it stands; on a line with nothing certainly
  // Unicode, at least as good (`tie`).
  const enough = relaxed === "tie" ? gain >= 0 : relaxed && gain > 0;
  // One word made Vietnamese is weak evidence: kept aside, it counts if the document adds up to
  // more (a short text with a Vietnamese word per line).
  const weak = !strong && relaxed === false && gain >= 2 && score.junk <= asIs.junk;
  if (!always && !strong && !weak && !(enough && score.junk <= asIs.junk)) return null;
  const full = mask.includes(1)
    ? (decodeRegion(cs, text, start, end, null, sentenceStart) ?? scored)
    : scored;
  return { reading: cs.name, edits: editsOf(full, text), gain, strong, weak };
}

/**
 * The edits of a decoded region: touching steps (the letters of one word) merge into one edit, and
 * steps that changed nothing (a byte read as its own character) are dropped.
 */
function editsOf(full: { text: string; steps: Step[] }, text: string): Edit[] {
  const edits: Edit[] = [];
  let k = 0;
  const steps = full.steps;
  while (k < steps.length) {
    const first = steps[k] as Step;
    let last = first;
    k++;
    while (k < steps.length && (steps[k] as Step).start === last.end) {
      last = steps[k] as Step;
      k++;
    }
    const after = full.text.slice(first.from, last.to);
    if (after !== text.slice(first.start, last.end)) {
      edits.push({ start: first.start, end: last.end, text: after });
    }
  }
  return edits;
}

/** Words that are not Vietnamese as they stand and are after the reading (same word boundaries). */
function countImproved(before: readonly number[], after: readonly number[]): number {
  if (before.length !== after.length) return 2;
  let improved = 0;
  for (let k = 0; k < after.length; k++) if (after[k] === 1 && before[k] !== 1) improved++;
  return improved;
}

/** One replacement of a decoded region: input `[start, end)` became output `[from, to)`. */
interface Step {
  start: number;
  end: number;
  from: number;
  to: number;
}

/**
 * A region read in a byte charset: the decoded text (characters without a CP1252 byte, or masked by
 * `skip`, kept as they are), with case restored, and the steps where it differs from the input.
 * Null if nothing changes.
 */
function decodeRegion(
  cs: ByteCharset,
  text: string,
  start: number,
  end: number,
  skip: Uint8Array | null,
  sentenceStart: boolean,
): { text: string; steps: Step[] } | null {
  const len = end - start;
  const units = new Uint16Array(len);
  const steps: Step[] = [];
  const shared: number[] = [];
  const single = cs.single;
  const pairs = cs.pairs;
  const hasPairs = pairs.size > 0;
  let k = 0;
  for (let i = 0; i < len; ) {
    const c = text.charCodeAt(start + i);
    const b = skip !== null && skip[i] === 1 ? -1 : textByte(c);
    if (b < 0) {
      units[k++] = c;
      i++;
      continue;
    }
    if (hasPairs && i + 1 < len && !(skip !== null && skip[i + 1] === 1)) {
      const b2 = textByte(text.charCodeAt(start + i + 1));
      if (b2 >= 0) {
        let code = pairs.get((b << 8) | b2);
        if (code === undefined && cs.name === "vni") code = vniOtherCase(cs, b, b2);
        if (code !== undefined) {
          steps.push({ start: start + i, end: start + i + 2, from: k, to: k + 1 });
          units[k++] = code;
          i += 2;
          continue;
        }
      }
    }
    const code = single[b] as number;
    if (code !== c) steps.push({ start: start + i, end: start + i + 1, from: k, to: k + 1 });
    if (cs.sharedCase[b] === 1) shared.push(k);
    units[k++] = code;
    i++;
  }
  if (steps.length === 0) return null;
  let decoded = "";
  for (let s = 0; s < k; s += 8192) {
    decoded += String.fromCharCode.apply(
      null,
      units.subarray(s, Math.min(k, s + 8192)) as unknown as number[],
    );
  }
  const cased =
    cs.name === "tcvn3" || cs.name === "viscii"
      ? restoreCase(decoded, shared, sentenceStart)
      : decoded;
  // Case restoration may change letters that were not steps (a shared letter read as itself).
  if (cased !== decoded) {
    for (const p of shared) {
      if (cased.charCodeAt(p) !== decoded.charCodeAt(p)) addStep(steps, p, start, units, k);
    }
    steps.sort((a, b) => a.start - b.start);
  }
  return { text: cased, steps };
}

/** Adds the step for output position `p` if none covers it (output and input align 1:1 there). */
function addStep(steps: Step[], p: number, start: number, _units: Uint16Array, _k: number): void {
  if (steps.some((st) => st.from <= p && p < st.to)) return;
  // Before the first pair, positions align; after pairs, shift by the pairs before.
  let shift = 0;
  for (const st of steps) if (st.to <= p) shift += st.end - st.start - (st.to - st.from);
  steps.push({ start: start + p + shift, end: start + p + shift + 1, from: p, to: p + 1 });
}

/**
 * Marks (1) the characters of words that have no letter as they stand (`©`, `«`, `»`): read as a
 * legacy letter they would become one-letter words, which is how ordinary symbols would be mistaken
 * for evidence.
 */
function symbolOnlyWords(text: string, start: number, end: number): Uint8Array {
  const mask = new Uint8Array(end - start);
  let i = start;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    let j = i;
    let letter = false;
    while (j < end && !isSpace(text.charCodeAt(j))) {
      if (!letter) letter = isLetterUnit(text.charCodeAt(j));
      j++;
    }
    if (!letter) mask.fill(1, i - start, j - start);
    i = j;
  }
  return mask;
}

/** A letter of any script (by table below U+1F00). */
function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (c < TABLE_SIZE) {
    const info = LETTER[c] as number;
    return info !== 0 && info !== 0xfffe;
  }
  return /\p{L}/u.test(String.fromCharCode(c));
}

function readViqrRegion(
  text: string,
  start: number,
  end: number,
  lineMarkedCount: () => number,
  relaxed: boolean,
  escaped: boolean,
  always = false,
): Decision | null {
  const { words, rejects } = readViqr(text, start, end, escaped);
  if (always)
    return {
      reading: "viqr",
      edits: words.map((w) => ({ start: w.start, end: w.end, text: w.text })),
      gain: 0,
      strong: true,
    };
  if (words.length === 0) return null;
  const strong = words.filter((w) => w.strength === "strong").length;
  const good = words.length;
  // VIQR is plain ASCII: a line with Unicode Vietnamese words is VIQR only where VIQR words clearly
  // outnumber them (a pasted VIQR quote), never for a stray `to+` or `Hin-ddi`.
  const lineMarked = lineMarkedCount();
  if (lineMarked > 0 && (strong < 2 || strong < lineMarked)) return null;
  const accepted =
    (strong >= 2 && good >= 2 * rejects.length) ||
    (strong >= 1 && rejects.length === 0 && good >= 1 && good * 2 >= wordCount(text, start, end)) ||
    (relaxed && rejects.length === 0 && good >= 1);
  if (!accepted) return null;
  return {
    reading: "viqr",
    edits: words.map((w) => ({ start: w.start, end: w.end, text: w.text })),
    gain: strong + good,
    strong: strong >= 1 && !relaxed ? true : strong >= 2,
  };
}

function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const w = !(c === 0x20 || c === 0x09 || c === 0x0d);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
