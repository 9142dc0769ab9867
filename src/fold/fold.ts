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
  const table = FOLD;
  const n = input.length;
  let builder: TextBuilder | null = null;
  let done = 0; // input before this index is settled
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c < 0xc0 || c >= FOLD_SIZE) continue;
    const isMark = c >= 0x300 && c <= 0x36f;
    // The character and the combining marks after it fold together: base + marks → base.
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
    builder ??= new TextBuilder(input);
    builder.replace(start, end, folded === 0 ? "" : String.fromCharCode(folded));
    done = end;
    i = end - 1;
  }
  const out = builder === null ? { text: input, map: OffsetMap.identity(n) } : builder.finish();
  const result: FoldResult = {
    text: out.text,
    alignment: out.map.edits().map((e) => [e.srcStart, e.srcEnd, e.tgtStart, e.tgtEnd]),
  };
  const map = out.map;
  return withHidden(result, {
    map,
    spanToInput: (span: Span) => map.spanToSource(span),
    toInput: (offset: number, bias: Bias = "start") => map.toSource(offset, bias),
  });
}
