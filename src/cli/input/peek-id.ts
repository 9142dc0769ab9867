/**
 * The id of a JSONL line, read in the main thread without parsing the line: the worker parses it,
 * but when a worker dies (out of memory) the main thread must still write an error record that can
 * be joined by id. The scan walks the top-level keys of the object and stops at the id; values
 * before it are skipped byte-wise (strings with `indexOf` of the quote, nested objects and arrays by
 * depth), so a line whose id comes first costs a few dozen bytes of work, and one whose id comes
 * after a long text costs one native `indexOf` pass over that text.
 *
 * It agrees with `JSON.parse` on well-formed lines (the id is a string, or a finite number; any other
 * value is no id), except that with a key given twice it takes the first (JSON.parse the last): the
 * worker's own reading wins whenever the worker finishes.
 */
import type { ArticleId } from "../records.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const UTF8 = new TextDecoder("utf-8");
const encoder = new TextEncoder();

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < bytes.length && isSpace(bytes[i])) i++;
  return i;
}

/** Index just past the closing quote of the string opening at `at`, or -1 when it never closes. */
function stringEnd(bytes: Uint8Array, at: number): number {
  let i = at + 1;
  for (;;) {
    const q = bytes.indexOf(QUOTE, i);
    if (q < 0) return -1;
    // The quote is escaped when an odd number of backslashes stands before it.
    let slashes = 0;
    for (let j = q - 1; j > at && bytes[j] === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/** Index just past the value starting at `at` (any JSON value), or -1 when the line ends first. */
function valueEnd(bytes: Uint8Array, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return stringEnd(bytes, at);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    let i = at;
    while (i < bytes.length) {
      const b = bytes[i] as number;
      if (b === QUOTE) {
        i = stringEnd(bytes, i);
        if (i < 0) return -1;
        continue;
      }
      if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return -1;
  }
  // A number, true, false or null: up to the next delimiter.
  let i = at;
  while (
    i < bytes.length &&
    bytes[i] !== COMMA &&
    bytes[i] !== CLOSE_BRACE &&
    bytes[i] !== CLOSE_BRACKET &&
    !isSpace(bytes[i])
  )
    i++;
  return i > at ? i : -1;
}

function sameBytes(bytes: Uint8Array, start: number, end: number, key: Uint8Array): boolean {
  if (end - start !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (bytes[start + i] !== key[i]) return false;
  return true;
}

/** A JSON token as a value; undefined when it does not parse. */
function parseToken(bytes: Uint8Array, start: number, end: number): unknown {
  try {
    return JSON.parse(UTF8.decode(bytes.subarray(start, end)));
  } catch {
    return undefined;
  }
}

/** An id value as the worker would read it: a string, or a finite number; else null. */
function asId(value: unknown): ArticleId {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return null;
}

/**
 * Prepares the scanner for one id field name (encoded once, not per line). The returned function
 * gives the id of a line, or null when the line is not an object, has no such key, or ends (or is
 * cut off, for the head of a too-long line) before its value is complete.
 */
export function idPeeker(idField: string): (bytes: Uint8Array) => ArticleId {
  const key = encoder.encode(idField);
  return (bytes) => {
    let i = skipSpace(bytes, 0);
    // A UTF-8 byte-order mark before the object.
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf)
      i = skipSpace(bytes, i + 3);
    if (bytes[i] !== OPEN_BRACE) return null;
    i++;
    for (;;) {
      i = skipSpace(bytes, i);
      if (bytes[i] !== QUOTE) return null;
      const keyEnd = stringEnd(bytes, i);
      if (keyEnd < 0) return null;
      let matches = sameBytes(bytes, i + 1, keyEnd - 1, key);
      // An escaped key (`"\u0069d"`) is rare: decode it to compare.
      if (!matches && bytes.subarray(i + 1, keyEnd - 1).includes(BACKSLASH))
        matches = parseToken(bytes, i, keyEnd) === idField;
      i = skipSpace(bytes, keyEnd);
      if (bytes[i] !== COLON) return null;
      i = skipSpace(bytes, i + 1);
      const end = valueEnd(bytes, i);
      if (end < 0) return null;
      if (matches) {
        const first = bytes[i];
        if (first === QUOTE) return asId(parseToken(bytes, i, end));
        // A number counts only when something follows it: the head of a too-long line may cut one.
        const numeric = first === 0x2d || (first !== undefined && first >= 0x30 && first <= 0x39);
        return numeric && end < bytes.length ? asId(parseToken(bytes, i, end)) : null;
      }
      i = skipSpace(bytes, end);
      if (bytes[i] === COMMA) {
        i++;
        continue;
      }
      return null;
    }
  };
}
