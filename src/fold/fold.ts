import type { OffsetMap } from "../normalize/offset-map.js";
import { TextBuilder } from "../normalize/text-builder.js";
import type { Span } from "../schema/span.js";

/** The result of {@link fold}: accent-free text and its way back to the input. */
export interface Folded {
  text: string;
  map: OffsetMap;
  /** Maps a span of the folded text to the input. */
  spanToInput(span: Span): Span;
}

/**
 * Accent-free form of Vietnamese text for search and matching: `Quận ủy` to `Quan uy`, `đ` to `d`.
 * Case is kept; each letter folds to one letter, so offsets stay close to the input's.
 */
export function fold(text: string): Folded {
  const builder = new TextBuilder(text);
  // NFD splits each letter into base + marks; dropping the marks and mapping đ/Đ folds the letter.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xc0) continue;
    const ch = text[i] as string;
    const folded =
      ch === "đ" ? "d" : ch === "Đ" ? "D" : ch.normalize("NFD").replace(/\p{M}+/gu, "");
    if (folded !== ch) builder.replace(i, i + 1, folded);
  }
  const { text: out, map } = builder.finish();
  return { text: out, map, spanToInput: (span) => map.spanToSource(span) };
}
