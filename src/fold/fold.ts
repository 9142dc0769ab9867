import { compactAlignment } from "../normalize/alignment.js";
import { withHidden } from "../normalize/hidden.js";
import { type Bias, OffsetMap } from "../normalize/offset-map.js";
import { TextBuilder } from "../normalize/text-builder.js";
import type { FoldResult } from "../schema/normalize.js";
import type { Span } from "../schema/span.js";

/** The result of {@link fold}: accent-free text and its way back to the input. */
export interface Folded extends FoldResult {
  /** The alignment between the input and `text`. */
  readonly map: OffsetMap;
  /** Maps a span of the folded text to the input. */
  spanToInput(span: Span): Span;
  /** Maps an offset of the folded text to the input. */
  toInput(offset: number, bias?: Bias): number;
}

/** Code units below this bound have an entry in {@link FOLD}. */
const FOLD_SIZE = 0x2000;
/**
 * `FOLD[code]`: the folded code unit, 0 to drop the character (a combining mark), or the code
 * itself. Built once from NFD: a letter whose decomposition is an ASCII letter plus marks folds to
 * that letter; đ/Đ and ð/Ð fold to d/D.
 */
const FOLD = new Uint16Array(FOLD_SIZE);
(function build() {
  for (let c = 0; c < FOLD_SIZE; c++) FOLD[c] = c;
  for (let c = 0x300; c <= 0x36f; c++) FOLD[c] = 0;
  for (let c = 0xc0; c < FOLD_SIZE; c++) {
    if (c >= 0x300 && c <= 0x36f) continue;
    const d = String.fromCharCode(c).normalize("NFD");
    if (d.length < 2) continue;
    const base = d.charCodeAt(0);
    const marks = d.slice(1);
    if (base < 0x80 && /^[\u0300-\u036f]+$/u.test(marks)) FOLD[c] = base;
  }
  FOLD[0x111] = 0x64; // đ
  FOLD[0x110] = 0x44; // Đ
  FOLD[0xf0] = 0x64; // ð, a look-alike of đ
  FOLD[0xd0] = 0x44; // Ð
})();

/** Whether the text has combining marks (NFD input): then folding changes lengths. */
function hasCombining(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) return true;
  }
  return false;
}

/**
 * Text without combining marks folds letter for letter: one code unit to one, so every offset maps
 * to itself and the map is the identity. Built in a code-unit buffer, without a string per letter.
 */
function foldOneToOne(input: string): { text: string; map: OffsetMap } {
  const table = FOLD;
  const n = input.length;
  let first = -1;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0xc0 && c < FOLD_SIZE && table[c] !== c) {
      first = i;
      break;
    }
  }
  if (first < 0) return { text: input, map: OffsetMap.identity(n) };
  const parts: string[] = [input.slice(0, first)];
  const CHUNK = 8192;
  const buf = new Uint16Array(CHUNK);
  let k = 0;
  for (let i = first; i < n; i++) {
    const c = input.charCodeAt(i);
    buf[k++] = c >= 0xc0 && c < FOLD_SIZE ? (table[c] as number) : c;
    if (k === CHUNK) {
      parts.push(String.fromCharCode.apply(null, buf as unknown as number[]));
      k = 0;
    }
  }
  parts.push(String.fromCharCode.apply(null, buf.subarray(0, k) as unknown as number[]));
  return { text: parts.join(""), map: OffsetMap.identity(n) };
}

/** NFD input: a base letter and the combining marks after it fold together to the base letter. */
function foldWithMarks(input: string): { text: string; map: OffsetMap } {
  const table = FOLD;
  const n = input.length;
  const builder = new TextBuilder(input);
  let done = 0; // input before this index is settled
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c < 0xc0 || c >= FOLD_SIZE) continue;
    const isMark = c >= 0x300 && c <= 0x36f;
    const start = isMark && i > done ? i - 1 : i;
    let end = i + 1;
    while (end < n) {
      const m = input.charCodeAt(end);
      if (m < 0x300 || m > 0x36f) break;
      end++;
    }
    const base = input.charCodeAt(start);
    const folded = base >= 0xc0 && base < FOLD_SIZE ? (table[base] as number) : base;
    if (folded === base && end === start + 1) continue;
    builder.replace(start, end, folded === 0 ? "" : String.fromCharCode(folded));
    done = end;
    i = end - 1;
  }
  return builder.finish();
}

/**
 * Accent-free form of Vietnamese text for search and matching: `Quận ủy` → `Quan uy`, `đ` → `d`.
 * Case is kept. Works on NFC and NFD input alike (a base letter and its combining marks fold to the
 * base letter), by table lookup, with a map back to the input's offsets.
 *
 * @example
 * ```ts
 * const f = fold("Quận ủy");
 * f.text; // "Quan uy"
 * f.spanToInput({ start: 5, end: 7 }); // { start: 5, end: 7 }: "ủy"
 * ```
 */
export function fold(text: string): Folded {
  const input = typeof text === "string" ? text : "";
  const out = hasCombining(input) ? foldWithMarks(input) : foldOneToOne(input);
  const map = compactAlignment(out.map, input, out.text);
  const result: FoldResult = { text: out.text, alignment: map.toTuples() };
  return withHidden(result, {
    map,
    spanToInput: (span: Span) => map.spanToSource(span),
    toInput: (offset: number, bias: Bias = "start") => map.toSource(offset, bias),
  });
}
