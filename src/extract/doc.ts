import type { Normalized } from "../normalize/normalize.js";
import type { OffsetMap } from "../normalize/offset-map.js";
import type { Span } from "../schema/span.js";
import { type Token, tokenize } from "../text/tokens.js";

/**
 * The document every stage after normalisation works on: the normalised `text` to match against,
 * and the way back to the caller's `source` for every span it reports.
 *
 * Stages find things in `text` (normalised offsets) and report them with {@link Doc.mention}, which
 * maps the span back and takes the item's `text` from the source, as the output contract requires.
 * The token stream of the text (src/text) is computed on first use and shared by every stage.
 */
export class Doc {
  private tokenCache: Token[] | undefined;

  constructor(
    /** The string every output span points into (the input, or the decoded bytes). */
    readonly source: string,
    /** The normalised text stages match against. */
    readonly text: string,
    /** Normalised offsets to source offsets. */
    readonly map: OffsetMap,
  ) {}

  /** A doc for a normalisation result. */
  static fromNormalized(n: Normalized): Doc {
    return new Doc(n.source, n.text, n.map);
  }

  /** The shared token stream of `text` (words, numbers, marks with keys and gaps), made once. */
  get tokens(): readonly Token[] {
    this.tokenCache ??= tokenize(this.text);
    return this.tokenCache;
  }

  /** Maps a span of `text` to the source. */
  toSource(start: number, end: number): Span {
    return this.map.spanToSource({ start, end });
  }

  /** The span and source text of what was found at `text.slice(start, end)`. */
  mention(start: number, end: number): { span: Span; text: string } {
    const span = this.map.spanToSource({ start, end });
    return { span, text: this.source.slice(span.start, span.end) };
  }
}
