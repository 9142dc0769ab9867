import { DamageRuns } from "../normalize/damage.js";
import { restoreCase } from "../normalize/legacy/case.js";
import { scoreText, type WordScore } from "../normalize/legacy/score.js";
import type { Damage, DecodeResult, EncodingName } from "../schema/normalize.js";
import { type ByteCharsetName, CHARSETS, decodeBytes } from "./charsets.js";

const LEGACY: readonly ByteCharsetName[] = ["tcvn3", "vni", "viscii", "cp1258"];

/**
 * Decodes bytes of unknown encoding into a string, with the encoding found and a confidence.
 *
 * - A byte-order mark decides: UTF-8, UTF-16 LE or BE (confidence 1).
 * - UTF-16 without a BOM is recognised by its NUL bytes (ASCII and Vietnamese letters have high bytes
 *   0x00, 0x01, 0x1E).
 * - Valid UTF-8 is UTF-8.
 * - Otherwise each line that is not valid UTF-8 is read in TCVN3, VNI-Windows, VISCII and CP1258; the
 *   reading whose words are Vietnamese syllables wins for the whole document. If none reads as
 *   Vietnamese, invalid bytes become U+FFFD and are reported as damage.
 *
 * Never throws. Confidence is 1 for a BOM or for UTF-8 with multi-byte characters, and for legacy
 * charsets the share of words that read as Vietnamese syllables, lowered when another charset reads
 * almost as well.
 */
export function decode(bytes: Uint8Array): DecodeResult {
  if (!(bytes instanceof Uint8Array)) bytes = new Uint8Array(0);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8(bytes.subarray(3), true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return utf16(bytes.subarray(2), "utf-16le", true, 1);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return utf16(bytes.subarray(2), "utf-16be", true, 1);
  }
  const bomless = sniffUtf16(bytes);
  if (bomless !== null) return utf16(bytes, bomless.encoding, false, bomless.confidence);
  const strict = tryUtf8(bytes);
  if (strict !== null)
    return { text: strict, encoding: "utf-8", confidence: 1, bom: false, damage: [] };
  return legacyOrDamaged(bytes);
}

/** Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), checked without decoding. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      len = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      min = 0x10000;
    } else return false;
    if (i + len > n) return false;
    let cp = b & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += len;
  }
  return true;
}

function tryUtf8(bytes: Uint8Array): string | null {
  return isValidUtf8(bytes) ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) : null;
}

function utf8(bytes: Uint8Array, bom: boolean): DecodeResult {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { text, encoding: "utf-8", confidence: 1, bom, damage: replacementDamage(text) };
}

function utf16(
  bytes: Uint8Array,
  encoding: "utf-16le" | "utf-16be",
  bom: boolean,
  confidence: number,
): DecodeResult {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const damage = replacementDamage(text);
  if (bytes.length % 2 === 1) {
    // The incomplete last byte decodes to U+FFFD, which the last record covers.
    const last = damage[damage.length - 1];
    const note = "odd number of bytes in UTF-16: the last byte is incomplete";
    if (last !== undefined && last.span.end === text.length) {
      last.message = last.span.end - last.span.start === 1 ? note : `${last.message}; ${note}`;
    } else {
      damage.push({
        kind: "undecodable",
        span: { start: Math.max(0, text.length - 1), end: text.length },
        message: note,
      });
    }
  }
  return { text, encoding, confidence, bom, damage };
}

/**
 * UTF-16 without a BOM: in Vietnamese (and any Latin-script) text one byte of each pair is mostly
 * 0x00 (ASCII, Latin-1), 0x01 (ă, đ, ơ, ư, ĩ, ũ), 0x1E (the letters with tone marks) or 0x20
 * (punctuation), and NUL bytes sit on one side only.
 */
function sniffUtf16(
  bytes: Uint8Array,
): { encoding: "utf-16le" | "utf-16be"; confidence: number } | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  let highEven = 0;
  let highOdd = 0;
  for (let i = 0; i < n; i += 2) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    if (a === 0) zeroEven++;
    if (b === 0) zeroOdd++;
    if (a === 0 || a === 0x01 || a === 0x1e || a === 0x20) highEven++;
    if (b === 0 || b === 0x01 || b === 0x1e || b === 0x20) highOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= pairs * 0.2 && zeroEven <= pairs * 0.02 && highOdd >= pairs * 0.7) {
    return { encoding: "utf-16le", confidence: Math.min(0.99, highOdd / pairs) };
  }
  if (zeroEven >= pairs * 0.2 && zeroOdd <= pairs * 0.02 && highEven >= pairs * 0.7) {
    return { encoding: "utf-16be", confidence: Math.min(0.99, highEven / pairs) };
  }
  return null;
}

/** Damage entries for the U+FFFD characters in a decoded text, runs joined (see damage.ts). */
function replacementDamage(text: string): Damage[] {
  const runs = new DamageRuns<{
    kind: Damage["kind"];
    start: number;
    end: number;
    message: string;
  }>();
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) {
    runs.add({
      kind: "undecodable",
      start: i,
      end: i + 1,
      message: "bytes that are not valid in the detected encoding",
    });
  }
  return runs.list.map((d) => ({
    kind: d.kind,
    span: { start: d.start, end: d.end },
    message: d.message,
  }));
}

/** A line of the input as bytes, and whether it is valid UTF-8. */
interface Line {
  bytes: Uint8Array;
  utf8: string | null;
}

function splitLines(bytes: Uint8Array): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const line = bytes.subarray(start, i === bytes.length ? i : i + 1);
      lines.push({ bytes: line, utf8: tryUtf8(line) });
      start = i + 1;
    }
  }
  return lines;
}

const hasMultibyte = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

function readLegacy(name: ByteCharsetName, bytes: Uint8Array, sentenceStart: boolean): string {
  const { text, shared } = decodeBytes(CHARSETS[name], bytes);
  return name === "tcvn3" || name === "viscii" ? restoreCase(text, shared, sentenceStart) : text;
}

/** Bytes that are not valid UTF-8: the legacy charset that reads best, or UTF-8 with U+FFFD. */
function legacyOrDamaged(bytes: Uint8Array): DecodeResult {
  const lines = splitLines(bytes);
  const bad = lines.filter((l) => l.utf8 === null);
  // Score each charset on the lines that are not UTF-8: the first 4 KB of them, and up to 64 KB
  // when the two best readings are close.
  let scores = scoreCharsets(bad, 4096);
  if (scores.length > 1 && (scores[1]?.value ?? 0) > 0.7 * (scores[0]?.value ?? 0))
    scores = scoreCharsets(bad, 65536);
  return finishLegacy(bytes, lines, scores);
}

function scoreCharsets(bad: Line[], limit: number) {
  const sample: Uint8Array[] = [];
  let size = 0;
  for (const l of bad) {
    if (size > limit) break;
    sample.push(l.bytes);
    size += l.bytes.length;
  }
  return LEGACY.map((name) => {
    const total: WordScore = { marked: 0, plain: 0, foreign: 0, junk: 0, legacyChars: 0 };
    for (const b of sample) {
      const s = scoreText(readLegacy(name, b, false));
      total.marked += s.marked;
      total.plain += s.plain;
      total.foreign += s.foreign;
      total.junk += s.junk;
      total.legacyChars += s.legacyChars;
    }
    return { name, score: total, value: total.marked - total.junk - total.legacyChars / 2 };
  }).sort((a, b) => b.value - a.value);
}

function finishLegacy(
  bytes: Uint8Array,
  lines: Line[],
  scores: ReturnType<typeof scoreCharsets>,
): DecodeResult {
  const best = scores[0] as (typeof scores)[number];
  const second = scores[1] as (typeof scores)[number];
  const words = best.score.marked + best.score.junk;
  const vietnamese = words > 0 ? best.score.marked / words : 0;
  const mixed = lines.some((l) => l.utf8 !== null && hasMultibyte(l.bytes));
  if (best.value <= 0 || vietnamese < 0.5 || best.score.marked < 2) {
    // Not Vietnamese in any legacy charset: UTF-8 with replacement characters.
    const text = new TextDecoder("utf-8").decode(bytes);
    return {
      text,
      encoding: "utf-8",
      confidence: 0.2,
      bom: false,
      damage: replacementDamage(text),
    };
  }
  const margin =
    best.value > 0 ? Math.max(0, (best.value - Math.max(0, second.value)) / best.value) : 0;
  const confidence = round(Math.max(0.05, Math.min(0.99, vietnamese * (0.5 + 0.5 * margin))));
  let text = "";
  let previousEnds = true;
  let keptUtf8 = false;
  for (const l of lines) {
    let piece: string;
    if (l.utf8 === null) piece = readLegacy(best.name, l.bytes, previousEnds);
    else if (!hasMultibyte(l.bytes)) piece = l.utf8;
    else {
      // Valid UTF-8 in a legacy document: a Unicode line, or legacy bytes that happen to be valid.
      const legacy = readLegacy(best.name, l.bytes, previousEnds);
      const a = scoreText(l.utf8);
      const b = scoreText(legacy);
      const useLegacy = b.marked - b.junk > a.marked - a.junk + 1;
      piece = useLegacy ? legacy : l.utf8;
      if (!useLegacy) keptUtf8 = true;
    }
    text += piece;
    previousEnds = /[.!?…:]\s*$|^\s*$/u.test(piece);
  }
  const encoding: EncodingName = mixed && keptUtf8 ? "mixed" : best.name;
  return { text, encoding, confidence, bom: false, damage: [] };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
