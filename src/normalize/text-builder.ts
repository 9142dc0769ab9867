import { type Edit, OffsetMap } from "./offset-map.js";

/**
 * Builds a target string from a source string by copying unchanged runs and recording replacements,
 * so that every pass of the normaliser yields its output together with an exact {@link OffsetMap}.
 *
 * Passes call `replace(start, end, text)` in increasing source order; whatever lies between two
 * replacements is copied on `finish()` or on the next replacement.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly edits: Edit[] = [];
  private copiedTo = 0;
  private length = 0;

  constructor(private readonly source: string) {}

  /** Replaces `source.slice(start, end)` with `text`. Calls must come in source order. */
  replace(start: number, end: number, text: string): void {
    if (start < this.copiedTo) throw new RangeError("TextBuilder: replacements out of order");
    if (start > this.copiedTo) {
      this.parts.push(this.source.slice(this.copiedTo, start));
      this.length += start - this.copiedTo;
    }
    const tgtStart = this.length;
    this.parts.push(text);
    this.length += text.length;
    this.copiedTo = end;
    this.edits.push({ srcStart: start, srcEnd: end, tgtStart, tgtEnd: this.length });
  }

  /** Number of replacements recorded so far. */
  get replacements(): number {
    return this.edits.length;
  }

  /** The target text and its map back to the source. */
  finish(): { text: string; map: OffsetMap } {
    if (this.edits.length === 0) {
      return { text: this.source, map: OffsetMap.identity(this.source.length) };
    }
    if (this.copiedTo < this.source.length) {
      this.parts.push(this.source.slice(this.copiedTo));
      this.length += this.source.length - this.copiedTo;
      this.copiedTo = this.source.length;
    }
    const text = this.parts.join("");
    return { text, map: OffsetMap.fromEdits(this.edits, this.source.length, text.length) };
  }
}
