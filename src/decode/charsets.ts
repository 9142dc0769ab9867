/**
 * The legacy Vietnamese byte charsets (TCVN3, VNI-Windows, VISCII, CP1258) as decoders and encoders,
 * compiled once from the generated tables in `data/charsets.generated.ts`.
 *
 * The same decoders serve two inputs: bytes (`decode`) and text that was pasted from a document in a
 * legacy font, where every byte shows up as the Windows-1252 character of that byte (`T«i ®i häc`).
 * {@link textByte} turns such a character back into its byte.
 */
import {
  type CharsetRow,
  CP1252_HIGH,
  CP1258_HIGH,
  CP1258_ROWS,
  TCVN3_ROWS,
  VISCII_ROWS,
  VNI_ROWS,
} from "./data/charsets.generated.js";

/** The byte charsets bantin reads. */
export type ByteCharsetName = "tcvn3" | "vni" | "viscii" | "cp1258";

/** A compiled charset. */
export interface ByteCharset {
  readonly name: ByteCharsetName;
  /** Byte to code unit for single-byte letters and the code page's other characters. */
  readonly single: Uint16Array;
  /** `(first << 8) | second` to code unit, for two-byte letters (base + mark byte). */
  readonly pairs: ReadonlyMap<number, number>;
  /** 1 for bytes whose letter stands for both cases (TCVN3 capitals with tone marks). */
  readonly sharedCase: Uint8Array;
  /** Letter to bytes, for encoding (evaluation, tests). */
  readonly encodeMap: ReadonlyMap<string, readonly number[]>;
}

/** VISCII puts six capitals in C0 control positions (RFC 1456); Unikey's table leaves them out. */
const VISCII_C0: readonly [number, string][] = [
  [0x02, "Ẳ"],
  [0x05, "Ẵ"],
  [0x06, "Ẫ"],
  [0x14, "Ỷ"],
  [0x19, "Ỹ"],
  [0x1e, "Ỵ"],
];

function compile(name: ByteCharsetName, rows: readonly CharsetRow[], page: string): ByteCharset {
  const single = new Uint16Array(256);
  for (let b = 0; b < 0x80; b++) single[b] = b;
  for (let b = 0x80; b < 0x100; b++) single[b] = page.charCodeAt(b - 0x80);
  const sharedCase = new Uint8Array(256);
  const pairs = new Map<number, number>();
  const encodeMap = new Map<string, readonly number[]>();
  const letterAt = new Map<number, string>();
  for (const [letter, bytes] of rows) {
    if (!encodeMap.has(letter)) encodeMap.set(letter, bytes);
    if (bytes.length === 1) {
      const b = bytes[0] as number;
      const seen = letterAt.get(b);
      if (seen !== undefined && seen !== letter && seen.toLowerCase() === letter.toLowerCase()) {
        // Two letters on one byte that differ only in case: read as lower case, restore later.
        sharedCase[b] = 1;
        single[b] = letter.toLowerCase().charCodeAt(0);
      } else if (seen === undefined) {
        letterAt.set(b, letter);
        single[b] = letter.charCodeAt(0);
      }
    } else if (bytes.length === 2) {
      const key = ((bytes[0] as number) << 8) | (bytes[1] as number);
      if (!pairs.has(key)) pairs.set(key, letter.charCodeAt(0));
    }
  }
  if (name === "viscii") {
    for (const [b, letter] of VISCII_C0) single[b] = letter.charCodeAt(0);
  }
  return { name, single, pairs, sharedCase, encodeMap };
}

/** The compiled charsets, by name. */
export const CHARSETS: Readonly<Record<ByteCharsetName, ByteCharset>> = Object.freeze({
  tcvn3: compile("tcvn3", TCVN3_ROWS, CP1252_HIGH),
  vni: compile("vni", VNI_ROWS, CP1252_HIGH),
  viscii: compile("viscii", VISCII_ROWS, CP1252_HIGH),
  cp1258: compile("cp1258", CP1258_ROWS, CP1258_HIGH),
});

/** Byte of each Windows-1252 character (and of each C1 control, for Latin-1 readings); -1 if none. */
const TEXT_BYTE = new Int16Array(0x2200).fill(-1);
(function build() {
  for (let b = 0; b < 0x100; b++) TEXT_BYTE[b] = b;
  for (let b = 0x80; b < 0xa0; b++) {
    const c = CP1252_HIGH.charCodeAt(b - 0x80);
    if (c < TEXT_BYTE.length) TEXT_BYTE[c] = b;
  }
})();

/**
 * The byte a character of pasted legacy text stands for: the Windows-1252 (or Latin-1) code of the
 * character, or -1 if the character is not in that code page (then the text around it is not
 * legacy-encoded).
 */
export function textByte(code: number): number {
  return code < TEXT_BYTE.length ? (TEXT_BYTE[code] as number) : -1;
}

/** One decoded letter: `[start, end)` of the input became `code`. */
export interface DecodeStep {
  start: number;
  end: number;
  code: number;
}

/**
 * Decodes a sequence of bytes with `cs`, calling `emit` for each output character with the range of
 * input positions it came from. `byteAt(i)` gives the byte at position i (-1 stops the pair lookup).
 */
export function decodeWith(
  cs: ByteCharset,
  length: number,
  byteAt: (i: number) => number,
  emit: (start: number, end: number, code: number, shared: boolean) => void,
): void {
  let i = 0;
  while (i < length) {
    const b = byteAt(i);
    if (b < 0) {
      i++;
      continue;
    }
    if (i + 1 < length && cs.pairs.size > 0) {
      const b2 = byteAt(i + 1);
      if (b2 >= 0) {
        let code = cs.pairs.get((b << 8) | b2);
        // VNI: a mark byte of the other case (all-caps text typed with lower-case marks).
        if (code === undefined && cs.name === "vni") code = vniOtherCase(cs, b, b2);
        if (code !== undefined) {
          emit(i, i + 2, code, false);
          i += 2;
          continue;
        }
      }
    }
    emit(i, i + 1, cs.single[b] as number, cs.sharedCase[b] === 1);
    i++;
  }
}

/** VNI: a base byte and a mark byte of the other case (the base letter keeps its case). */
export function vniOtherCase(cs: ByteCharset, b: number, b2: number): number | undefined {
  // VNI mark bytes come in pairs 0x20 apart (0xD9 for A, 0xF9 for a...).
  const other = b2 >= 0xe0 ? b2 - 0x20 : b2 >= 0xc0 ? b2 + 0x20 : -1;
  if (other < 0) return undefined;
  const code = cs.pairs.get((b << 8) | other);
  if (code === undefined) return undefined;
  // Keep the case of the base letter.
  const ch = String.fromCharCode(code);
  const isUpperBase = b >= 0x41 && b <= 0x5a;
  return (isUpperBase ? ch.toUpperCase() : ch.toLowerCase()).charCodeAt(0);
}

/** Decodes bytes with `cs` into a string, without any case restoration. */
export function decodeBytes(
  cs: ByteCharset,
  bytes: Uint8Array,
): { text: string; shared: number[] } {
  const parts: number[] = [];
  const shared: number[] = [];
  let out = "";
  decodeWith(
    cs,
    bytes.length,
    (i) => bytes[i] as number,
    (_s, _e, code, isShared) => {
      if (isShared) shared.push(out.length + parts.length);
      parts.push(code);
      if (parts.length >= 4096) {
        out += String.fromCharCode(...parts);
        parts.length = 0;
      }
    },
  );
  out += String.fromCharCode(...parts);
  return { text: out, shared };
}

/**
 * Encodes text with `cs`: letters by the table, other characters by the code page when the charset
 * does not use that byte for a letter. Returns null for a character it cannot encode, unless
 * `replacement` is given. Used by the evaluation and the tests to make legacy input from clean text.
 */
export function encodeText(cs: ByteCharset, text: string, replacement?: number): Uint8Array | null {
  const out: number[] = [];
  const nfd = text;
  for (const ch of nfd) {
    const mapped = cs.encodeMap.get(ch);
    if (mapped) {
      out.push(...mapped);
      continue;
    }
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const b = textByte(code);
    if (b >= 0x80 && (cs.single[b] as number) === code && cs.sharedCase[b] === 0) {
      out.push(b);
      continue;
    }
    if (replacement === undefined) return null;
    out.push(replacement);
  }
  return Uint8Array.from(out);
}
